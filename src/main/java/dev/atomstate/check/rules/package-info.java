/** One class per state-file rule, each stateless; registered in {@link dev.atomstate.check.Rules}. Part of the {@code check} layer. */
package dev.atomstate.check.rules;
