package org.latentbrush.bridge.training;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code training} record an upscaler's manifest carries: recipe, data, losses, time. */
final class UpscalerTrainingRecord {

    private UpscalerTrainingRecord() {}

    static Map<String, Object> of(UpscalerTrainingConfig config, String data, long step,
            double wallSeconds, StepLosses recent, double heldOutL1) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("loss", config.adversarial()
                ? "L1 + " + config.adversarialWeight() + " x hinge adversarial + "
                        + config.featureWeight() + " x discriminator-feature L1 (SRGAN recipe)"
                : "L1 (SRResNet baseline)");
        record.put("steps", step);
        record.put("batchSize", config.batchSize());
        record.put("patch", config.patch());
        record.put("seed", config.seed());
        record.put("learningRate", config.adam().learningRate());
        record.put("data", data);
        record.put("recentUpscalerLoss", round(recent.generator()));
        if (config.adversarial()) {
            record.put("recentDiscriminatorLoss", round(recent.discriminator()));
        }
        record.put("heldOutL1", round(heldOutL1));
        record.put("wallSeconds", Math.round(wallSeconds));
        record.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        return record;
    }

    private static double round(double value) {
        return Math.round(value * 1e5) / 1e5;
    }
}
