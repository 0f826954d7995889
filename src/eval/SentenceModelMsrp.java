import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * How well one sentence model's cosine alone tells MSRP paraphrases: embeds both sentences of
 * every pair of a pairs file (dev_pairs.py's msrp_train.tsv) with an ONNX model and its tokenizer
 * as served in a langchain4j embeddings jar, and prints the best agree F1 over all cosine bars,
 * with the accuracy there, and the best accuracy. Writes "id TAB cosine TAB label" lines to OUT so
 * two models can be combined afterwards. Used to choose the shipped model among those Maven
 * Central serves (README, Accuracy).
 *
 * usage (after mvn -q -DskipTests package; unzip the model jar from ~/.m2 first):
 *   java -cp "target/classes:target/lib/*" src/eval/SentenceModelMsrp.java MODEL.onnx TOKENIZER.json CLS|MEAN PREFIX PAIRS.tsv OUT.tsv
 * PREFIX: text put before each sentence ("" for bge; "query: " for e5, as its model card asks).
 */
public class SentenceModelMsrp {
    public static void main(String[] args) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OnnxBertBiEncoder encoder;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions(); InputStream tokenizer = new FileInputStream(args[1])) {
            OrtSession session = env.createSession(Files.readAllBytes(Path.of(args[0])), options);
            encoder = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.valueOf(args[2]));
        }
        AbstractInProcessEmbeddingModel model = new AbstractInProcessEmbeddingModel(
                Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            @Override
            protected OnnxBertBiEncoder model() {
                return encoder;
            }
        };
        List<String> lines = Files.readAllLines(Path.of(args[4]));
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split("\t")).toList();
        double[] cosine = new double[rows.size()];
        boolean[] paraphrase = new boolean[rows.size()];
        try (PrintWriter out = new PrintWriter(args[5], "UTF-8")) {
            for (int i = 0; i < rows.size(); i += 64) {
                List<TextSegment> segments = new ArrayList<>();
                for (String[] r : rows.subList(i, Math.min(rows.size(), i + 64))) {
                    segments.add(TextSegment.from(args[3] + r[1]));
                    segments.add(TextSegment.from(args[3] + r[2]));
                }
                var vectors = model.embedAll(segments).content();
                for (int k = 0; k < segments.size() / 2; k++) {
                    String[] r = rows.get(i + k);
                    cosine[i + k] = cos(vectors.get(2 * k).vector(), vectors.get(2 * k + 1).vector());
                    paraphrase[i + k] = r[r.length - 1].equals("AGREE");
                    out.println(r[0] + "\t" + cosine[i + k] + "\t" + r[r.length - 1]);
                }
            }
        }
        Integer[] order = new Integer[rows.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> Double.compare(cosine[y], cosine[x]));
        int positives = 0;
        for (boolean p : paraphrase) {
            positives += p ? 1 : 0;
        }
        double bestF1 = 0;
        double accAtF1 = 0;
        double barAtF1 = 0;
        double bestAcc = 0;
        int tp = 0;
        for (int n = 1; n <= order.length; n++) {
            tp += paraphrase[order[n - 1]] ? 1 : 0;
            double f1 = 2.0 * tp / (n + positives);
            double acc = (tp + (order.length - n - (positives - tp))) / (double) order.length;
            if (f1 > bestF1) {
                bestF1 = f1;
                accAtF1 = acc;
                barAtF1 = cosine[order[n - 1]];
            }
            bestAcc = Math.max(bestAcc, acc);
        }
        System.out.printf("pairs %d: best agree F1 %.4f (accuracy %.4f, cosine >= %.3f); best accuracy %.4f%n",
                order.length, bestF1, accAtF1, barAtF1, bestAcc);
        System.exit(0);
    }

    private static double cos(float[] x, float[] y) {
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }
        return dot / Math.sqrt(nx * ny);
    }
}
