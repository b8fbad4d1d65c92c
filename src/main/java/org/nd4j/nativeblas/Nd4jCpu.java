package org.nd4j.nativeblas;

/**
 * Workaround for a bug in Deeplearning4j 1.0.0-M2.1: {@code BaseMKLDNNHelper.mklDnnEnabled()}
 * looks up {@code org.nd4j.nativeblas.Nd4jCpu$Environment}, the class's name before 1.0.0-M1.
 * It moved to {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment}, so the lookup
 * fails, logs an error, and no oneDNN helper is ever attached to a convolution or pooling layer.
 * This class answers the old name and forwards to the new class. Remove it when DL4J is upgraded
 * to a version that fixed the lookup.
 */
public final class Nd4jCpu {

    private Nd4jCpu() {
    }

    /** The old {@code Environment}, reduced to what the helper lookup calls. */
    public static final class Environment {

        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        public static Environment getInstance() {
            return INSTANCE;
        }

        /** Whether libnd4j was built with oneDNN (formerly MKL-DNN) and may use it. */
        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance()
                    .isUseONEDNN();
        }
    }
}
