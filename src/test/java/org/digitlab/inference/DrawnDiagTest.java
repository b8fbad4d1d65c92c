package org.digitlab.inference;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.digitlab.RealMnist;
import org.digitlab.data.ImageSet;
import org.digitlab.inference.dl4j.Dl4jPredictor;
import org.digitlab.model.SampleModels;
import org.digitlab.model.dl4j.Dl4jModelFiles;
import org.junit.jupiter.api.Test;

class DrawnDiagTest {
    @Test
    void diag() throws Exception {
        String[] ids = System.getProperty("diag.models", "cnn-3conv,cnn-batchnorm").split(",");
        DigitRecognizer[] recs = new DigitRecognizer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            Path file = ids[i].endsWith(".zip") ? Path.of(ids[i]) : SampleModels.find(ids[i]).orElseThrow();
            recs[i] = new DigitRecognizer(new Dl4jPredictor(new Dl4jModelFiles().load(file)));
        }
        ImageSet test = RealMnist.trainTest().test();
        SplittableRandom random = new SplittableRandom(7);
        int[] correct = new int[ids.length];
        for (int n = 0; n < 600; n++) {
            int index = random.nextInt(test.size());
            int canvasSize = 300 + random.nextInt(400);
            double scale = 4 + random.nextDouble() * 14;
            double brush = scale * (0.45 + random.nextDouble() * 0.5);
            int room = Math.max(1, canvasSize - (int) Math.ceil(28 * scale));
            GrayImage canvas = Canvases.drawnMnist(test, index, Math.max(canvasSize, (int) (28 * scale) + 1), scale,
                    brush / 2 + 1, random.nextInt(room), random.nextInt(room));
            boolean inv = random.nextBoolean();
            if (inv) canvas = Canvases.inverted(canvas);
            StringBuilder line = new StringBuilder();
            boolean anyWrong = false;
            for (int i = 0; i < ids.length; i++) {
                DigitRecognizer.Recognition r = recs[i].recognize(canvas);
                int p = r.hasDigit() ? r.prediction().digit() : -1;
                if (p == test.label(index)) correct[i]++; else anyWrong = true;
                line.append(' ').append(ids[i]).append('=').append(p);
            }
            if (anyWrong) System.err.printf("WRONG idx=%d label=%d ratio=%.2f scale=%.1f radius/scale=%.2f inv=%b%s%n",
                index, test.label(index), brush / scale, scale, (brush / 2 + 1) / scale, inv, line);
        }
        for (int i = 0; i < ids.length; i++) System.err.printf("TOTAL %s %d%n", ids[i], correct[i]);
    }
}
