package dev.httpcodes.server;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.KeyStoreOptions;
import io.vertx.core.net.PemKeyCertOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The HTTPS listener's options: TLS 1.2 and 1.3 with forward-secret AEAD suites only (ECDHE with AES-GCM or
 * ChaCha20-Poly1305; no static RSA key exchange, no CBC, no SHA-1 MACs), and either the operator's PEM files or a
 * self-signed certificate made at start whose subjectAltName names localhost, the loopback addresses and the bound
 * host (browsers and the JDK check the SAN, not the CN).
 */
final class TlsSetup {
    static final List<String> SUITES = List.of(
            "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");
    private static final String PASSWORD = "httpcodes";

    private TlsSetup() {
    }

    static HttpServerOptions apply(HttpServerOptions options, ServerConfig.Tls tls, String host) {
        options.setSsl(true).setUseAlpn(true).setEnabledSecureTransportProtocols(Set.of("TLSv1.2", "TLSv1.3"));
        SUITES.forEach(options::addEnabledCipherSuite);
        if (tls.certificate().isPresent()) {
            options.setKeyCertOptions(new PemKeyCertOptions().setCertPath(tls.certificate().get().toString())
                    .setKeyPath(tls.key().orElseThrow().toString()));
        } else {
            options.setKeyCertOptions(new KeyStoreOptions().setType("PKCS12").setPassword(PASSWORD)
                    .setValue(Buffer.buffer(selfSigned(host))));
        }
        return options;
    }

    /**
     * A PKCS#12 key store with an EC P-256 key and a self-signed certificate valid for 90 days, made by the JDK's
     * own keytool (the JDK has no public API that writes a certificate).
     */
    static byte[] selfSigned(String host) {
        Set<String> names = new LinkedHashSet<>(List.of("dns:localhost", "ip:127.0.0.1", "ip:::1"));
        if (!host.isEmpty() && !host.equals("0.0.0.0") && !host.equals("::")) {
            names.add((host.chars().allMatch(c -> Character.isDigit(c) || c == '.') || host.contains(":")
                    ? "ip:" : "dns:") + host);
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("httpcodes-tls");
            Path store = dir.resolve("self-signed.p12");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                    "-alias", "httpcodes", "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                    "-dname", "CN=localhost", "-validity", "90", "-ext", "SAN=" + String.join(",", names),
                    "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD,
                    "-keypass", PASSWORD));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("cannot make a self-signed certificate: "
                        + new String(output, StandardCharsets.UTF_8).strip());
            }
            return Files.readAllBytes(store);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a self-signed certificate: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making a self-signed certificate", e);
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // a temporary directory left behind holds nothing secret beyond this run's throwaway key
                }
            }
        }
    }
}
