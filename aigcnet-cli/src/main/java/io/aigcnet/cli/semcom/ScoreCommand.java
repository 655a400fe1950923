package io.aigcnet.cli.semcom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigcnet.cli.UsageException;
import io.aigcnet.core.result.Json;
import io.aigcnet.semcom.metric.ImageScore;
import io.aigcnet.semcom.metric.NimaScore;
import io.aigcnet.semcom.metric.OnnxDreamSim;
import io.aigcnet.semcom.metric.OnnxNima;
import io.aigcnet.semcom.metric.Preprocess;
import io.aigcnet.semcom.metric.QualityModels;
import io.aigcnet.semcom.pixel.RgbImage;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aigcnet semcom score}: real NIMA / DreamSim (local ONNX exports) on an image, as JSON. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score an image with real quality models exported to ONNX (nothing is downloaded):",
            "NIMA (eq. 16: mean and spread of the 10-score distribution) and, with --reference, DreamSim",
            "(eq. 15: 1 - cosine of the embeddings) and JPSQ (eq. 17, omega0 = 1.25, Q_th = 4.9827).",
            "Prints {\"nima\": {\"mean\", \"sd\", \"probabilities\"}, \"dreamsim\": d, \"jpsq\": j}; absent parts are null.",
            "The same files, set as AIGCNET_NIMA_ONNX / AIGCNET_DREAMSIM_ONNX, make gsemcom-decoder-steps score its",
            "decoded images with them."})
public final class ScoreCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--image", required = true, paramLabel = "FILE", description = "The image to score (PNG, JPEG, BMP or GIF).")
    Path image;

    @Option(names = "--reference", paramLabel = "FILE", description = "The source image, for DreamSim and JPSQ.")
    Path reference;

    @Option(names = "--nima", paramLabel = "MODEL.onnx",
            description = "NIMA export: one image input, 10 softmax outputs (inputs scaled as Keras MobileNet: x/127.5 - 1).")
    Path nima;

    @Option(names = "--dreamsim", paramLabel = "MODEL.onnx",
            description = "DreamSim embedding export: one image input in [0, 1], one embedding output.")
    Path dreamSim;

    @Override
    public void run() {
        if (nima == null && dreamSim == null) throw new UsageException("give --nima and/or --dreamsim (a local .onnx file)");
        if (dreamSim != null && reference == null) throw new UsageException("--dreamsim needs --reference (the source image)");
        RgbImage img, ref;
        QualityModels models;
        try {
            img = ImageScore.read(image);
            ref = reference == null ? null : ImageScore.read(reference);
            models = new QualityModels(Optional.ofNullable(nima).map(p -> new OnnxNima(p, Preprocess.mobileNet())),
                    Optional.ofNullable(dreamSim).map(p -> new OnnxDreamSim(p, Preprocess.unit())));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try (models) {
            ImageScore s = ImageScore.of(models, img, ref);
            ObjectNode out = Json.mapper().createObjectNode();
            NimaScore n = s.nima();
            if (n == null) {
                out.putNull("nima");
            } else {
                ObjectNode o = out.putObject("nima");
                o.put("mean", n.mean());
                o.put("sd", n.sd());
                var arr = o.putArray("probabilities");
                for (double p : n.probabilities()) arr.add(p);
            }
            if (s.dreamSim() == null) out.putNull("dreamsim"); else out.put("dreamsim", s.dreamSim());
            if (s.jpsq() == null) out.putNull("jpsq"); else out.put("jpsq", s.jpsq());
            spec.commandLine().getOut().println(out.toString());
            spec.commandLine().getOut().flush();
        }
    }
}
