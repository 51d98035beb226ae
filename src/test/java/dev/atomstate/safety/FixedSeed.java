package dev.atomstate.safety;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Gives every jqwik property of a class that adds this hook a fixed seed, so the gate is the same on every run:
 * {@value #DEFAULT_SEED}, or {@code -Datomstate.jqwik.seed=N} to replay a seed from a failure report. With
 * {@code -Datomstate.jqwik.explore=true} the properties draw fresh seeds (exploration; jqwik prints the seed of
 * any failure, and shrinks the document to a small one), which .ci/run never sets.
 */
public final class FixedSeed implements AroundPropertyHook {
    static final String DEFAULT_SEED = "20261201";

    /** Added to a class, it reaches every property of the class. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        if (!Boolean.getBoolean("atomstate.jqwik.explore")) {
            context.attributes().setSeed(System.getProperty("atomstate.jqwik.seed", DEFAULT_SEED));
        }
        return property.execute();
    }
}
