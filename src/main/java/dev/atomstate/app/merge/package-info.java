/**
 * The semantic three-way merge behind {@code merge-driver} and {@code resolve}: base, ours and theirs parsed, items
 * unioned in an order that does not depend on which side is ours, fields ranked (the side further along wins),
 * counters recounted with the existing progress code, and whatever the model does not understand merged line by
 * line with git-style markers. Pure: texts in, ours' text edits out; git itself is io's ({@code io.GitRepo}).
 */
package dev.atomstate.app.merge;
