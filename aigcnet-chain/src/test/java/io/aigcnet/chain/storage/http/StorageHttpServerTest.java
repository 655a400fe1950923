package io.aigcnet.chain.storage.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.chain.storage.ContentKey;
import io.aigcnet.chain.storage.StorageChain;
import io.aigcnet.chain.storage.StorageReceipt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class StorageHttpServerTest {
    @Test
    void putGetReceiptOverLoopback() throws Exception {
        StorageChain sc = StorageChain.inMemory(4, 2, 1024);
        try (StorageHttpServer srv = StorageHttpServer.start(sc, "127.0.0.1", 0)) {
            StorageHttpClient c = new StorageHttpClient(srv.baseUrl());
            byte[] content = new byte[5000];
            for (int i = 0; i < content.length; i++) {
                content[i] = (byte) (i * 31);
            }
            StorageReceipt r = c.put(content);
            assertThat(r.contentKey()).isEqualTo(ContentKey.ofContent(content));
            assertThat(r.chunkCount()).isEqualTo(5);
            assertThat(c.get(r.contentKey())).contains(content);
            assertThat(c.receipt(r.contentKey())).contains(r);
            assertThat(c.get(ContentKey.ofContent(new byte[] {9}))).isEmpty();

            HttpResponse<String> bad = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(srv.baseUrl() + "/v1/content/not-a-key")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("64 hex digits");
        }
    }

    @Test
    void unavailableContentAnswers503() throws Exception {
        StorageChain sc = StorageChain.inMemory(2, 1, 1024);
        try (StorageHttpServer srv = StorageHttpServer.start(sc, "127.0.0.1", 0)) {
            StorageHttpClient c = new StorageHttpClient(srv.baseUrl());
            StorageReceipt r = c.put(new byte[] {1, 2, 3});
            sc.nodes().forEach(n -> n.rawChunks().put(ContentKey.ofContent(new byte[] {1, 2, 3}), new byte[] {0, 0, 0}));
            HttpResponse<String> resp = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(srv.baseUrl() + "/v1/content/" + r.contentKey().hex())).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(resp.statusCode()).isEqualTo(503);
        }
    }
}
