/** The worklog use cases: log add (an entry written like the newest one) and log result. Part of the {@code app} layer. */
package dev.atomstate.app.worklog;
