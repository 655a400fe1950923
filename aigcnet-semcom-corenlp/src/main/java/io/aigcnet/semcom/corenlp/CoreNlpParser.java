package io.aigcnet.semcom.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.PromptParser;
import io.aigcnet.semcom.prompt.UdConversion;
import io.aigcnet.semcom.prompt.UdToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's Penn tagger and neural UD dependency parser (English models of the pinned version),
 * the whole prompt read as one sentence, then mapped to the spaCy structure G-SemCom assumes by
 * {@link UdConversion}. Loading the models takes a few seconds, so create one parser per run.
 */
public final class CoreNlpParser implements PromptParser {
    private final StanfordCoreNLP pipeline;

    public CoreNlpParser() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,depparse");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.isOneSentence", "true");
        // keep brackets and quotes as typed: the token text is what the attention maps are named by
        props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false");
        this.pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public ParsedPrompt parse(String prompt) {
        if (prompt == null || prompt.isBlank()) throw new IllegalArgumentException("the prompt is empty");
        Annotation doc = new Annotation(prompt.trim());
        synchronized (pipeline) {
            pipeline.annotate(doc);
        }
        CoreMap sentence = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        int n = labels.size();
        int[] head = new int[n];
        String[] rel = new String[n];
        Arrays.fill(head, -2);
        for (IndexedWord root : graph.getRoots()) {
            head[root.index() - 1] = -1;
            rel[root.index() - 1] = "root";
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            int dep = e.getDependent().index() - 1;
            head[dep] = e.getGovernor().index() - 1;
            rel[dep] = e.getRelation().toString();
        }
        List<UdToken> ud = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (head[i] == -2) throw new IllegalStateException("CoreNLP left token " + i + " ('" + labels.get(i).word() + "') out of the parse");
            ud.add(new UdToken(labels.get(i).originalText(), labels.get(i).tag(), head[i], rel[i]));
        }
        return UdConversion.toSpacyStyle(ud);
    }
}
