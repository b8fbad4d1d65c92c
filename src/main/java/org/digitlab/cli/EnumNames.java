package org.digitlab.cli;

import java.util.Locale;
import org.digitlab.model.Augmentation;
import org.digitlab.model.Loss;
import org.digitlab.model.Optimizer;
import org.digitlab.model.SplitKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The command line's short names of optimizers and losses. */
final class EnumNames {

    private EnumNames() {
    }

    static String of(Optimizer optimizer) {
        return optimizer.name().toLowerCase(Locale.ROOT);
    }

    static String of(Loss loss) {
        return loss == Loss.MSE ? "mse" : "ce";
    }

    /** sgd, adam or rmsprop. */
    static final class OptimizerConverter implements ITypeConverter<Optimizer> {
        @Override
        public Optimizer convert(String value) {
            for (Optimizer o : Optimizer.values()) {
                if (of(o).equalsIgnoreCase(value)) {
                    return o;
                }
            }
            throw new TypeConversionException("unknown optimizer '" + value + "': use sgd, adam or rmsprop");
        }
    }

    /** train-test, holdout-half or validation-fraction. */
    static final class SplitConverter implements ITypeConverter<SplitKind> {
        @Override
        public SplitKind convert(String value) {
            try {
                return SplitKind.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown split '" + value
                        + "': use train-test, holdout-half or validation-fraction");
            }
        }
    }

    /** ce (cross-entropy) or mse. */
    static final class LossConverter implements ITypeConverter<Loss> {
        @Override
        public Loss convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "ce", "cross-entropy", "crossentropy" -> Loss.CROSS_ENTROPY;
                case "mse" -> Loss.MSE;
                default -> throw new TypeConversionException("unknown loss '" + value + "': use ce or mse");
            };
        }
    }

    /** draw or none. */
    static final class AugmentationConverter implements ITypeConverter<Augmentation> {
        @Override
        public Augmentation convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "draw" -> Augmentation.DRAW;
                case "none" -> Augmentation.NONE;
                default -> throw new TypeConversionException("unknown augmentation '" + value + "': use draw or none");
            };
        }
    }
}
