/** The worklog rules (order, duplicates, stale in-progress entries, missing results) and their runner. Part of the {@code check} layer. */
package dev.atomstate.check.worklog;
