/**
 * A JSON reader that records where every value lives (offsets), accepting the comments some clients' settings
 * files allow, so agent settings can be edited as text. Imports nothing of ours beyond {@code model}.
 */
package dev.atomstate.parse.json;
