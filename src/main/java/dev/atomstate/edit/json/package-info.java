/**
 * Small text edits of a JSON (or JSON with comments) settings file read by {@code parse.json}: an entry spliced
 * in or cut out, everything else byte for byte. Used by {@code agent install} / {@code uninstall}.
 */
package dev.atomstate.edit.json;
