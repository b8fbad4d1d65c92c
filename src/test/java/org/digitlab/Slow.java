package org.digitlab;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that trains on real data, drives the window or runs the command line end to end
 * (seconds to minutes each): left out of the fast suite ({@code mvn -B test -Pfast}), always part
 * of {@code mvn -B verify}. The jqwik fuzz tests carry jqwik's own {@code @Tag("slow")}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {

    /** The JUnit tag the fast profile excludes. */
    String TAG = "slow";
}
