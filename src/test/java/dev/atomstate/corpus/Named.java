package dev.atomstate.corpus;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * Dynamic tests whose failures name their file: surefire's reports keep only the factory method's name, so
 * the file name goes into the failure message as well.
 */
final class Named {
    private Named() {
    }

    static DynamicTest test(String name, Executable body) {
        return DynamicTest.dynamicTest(name, () -> {
            try {
                body.execute();
            } catch (org.opentest4j.TestAbortedException e) {
                throw e;
            } catch (Throwable t) {
                AssertionError e = new AssertionError("[" + name + "] " + t, t);
                throw e;
            }
        });
    }
}
