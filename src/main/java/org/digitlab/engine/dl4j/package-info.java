/**
 * The Deeplearning4j engine and its native start-up: {@link org.digitlab.engine.dl4j.Dl4jEngine}
 * wires the {@code *.dl4j} adapters of the other packages into an {@link org.digitlab.engine.Engine},
 * and {@link org.digitlab.engine.dl4j.NativeSetup} (with {@code CpuFeatures} and
 * {@code ProcessEnvironment}) picks ND4J's build for this CPU and sets the switches that must be set
 * before ND4J loads its native code. {@code Dl4jEngine.create()} is the only caller of that set-up.
 */
package org.digitlab.engine.dl4j;
