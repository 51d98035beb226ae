/**
 * The settings of {@code .atomstate.yml} merged over the user's file, as plain data ({@link dev.atomstate.config.Config}).
 *
 * <p>Low: imports {@code model} only, and every layer above may read it. Finding and reading the files is io.ConfigLoader;
 * a new setting is a component here, its key in io.ConfigYaml, and a row in README → Configuration.
 */
package dev.atomstate.config;
