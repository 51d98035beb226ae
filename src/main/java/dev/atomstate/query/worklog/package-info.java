/** Worklog facts: the newest entry, an entry by its number or "latest". Part of the {@code query} layer. */
package dev.atomstate.query.worklog;
