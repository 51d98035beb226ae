/**
 * check: the rules over a state file ({@link dev.atomstate.check.Rule}, listed by {@link dev.atomstate.check.Rules}, one class each
 * in {@code check.rules}), the worklog rules ({@code check.worklog}), configured severities and suppression comments
 * ({@link dev.atomstate.check.Checker}), the certain fixes of --fix ({@link dev.atomstate.check.FixFindings}) and a run over several
 * files with its exit policy ({@link dev.atomstate.check.CheckRun}).
 *
 * <p>Imports {@code model}, {@code config}, {@code parse}, {@code query} and {@code edit}; never {@code app}. A new rule: one class
 * in {@code check.rules}, one line in {@link dev.atomstate.check.Rules}, a fixture folder under
 * {@code src/test/resources/check-rules/<rule-id>/}; run it over {@code ../shared/corpus} and read what it says.
 */
package dev.atomstate.check;
