package dev.httpcodes.check;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Debian nginx or Apache, started by a test with its own configuration in a temporary folder, on a free port of
 * 127.0.0.1, in the foreground (so stopping the process stops it), with pid and logs in that folder. The package's
 * own service (Debian may start one on port 80 when installing) is neither used nor touched.
 */
final class LocalWebServer implements AutoCloseable {
    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final Path APACHE = Path.of("/usr/sbin/apache2");
    private static final Path APACHE_MODULES = Path.of("/usr/lib/apache2/modules");

    private final Process process;
    private final Path dir;
    final int port;

    private LocalWebServer(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A port nothing listens on (bound and released; nothing here binds it again). */
    static int closedPort() throws IOException {
        return freePort();
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Workers of a server started as root run as nobody: the folder must be readable by everyone. */
    private static Path folder(Path dir) throws IOException {
        Path html = Files.createDirectories(dir.resolve("html"));
        for (Path p : List.of(dir, html)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return html;
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** nginx with {@code locations} (text inside the server block; {@code $ROOT} is the html folder). */
    static LocalWebServer nginx(Path dir, String locations) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(NGINX), "nginx is not installed (" + NGINX + "); apt-get install nginx");
        Path html = folder(dir);
        int port = freePort();
        String d = dir.toString();
        String conf = "daemon off;\nworker_processes 1;\npid " + d + "/nginx.pid;\nerror_log " + d + "/error.log;\n"
                + (root() ? "user nobody nogroup;\n" : "")
                + "events { worker_connections 64; }\n"
                + "http {\n  access_log off;\n"
                + "  client_body_temp_path " + d + "/body; proxy_temp_path " + d + "/proxy; fastcgi_temp_path " + d
                + "/fcgi; uwsgi_temp_path " + d + "/uwsgi; scgi_temp_path " + d + "/scgi;\n"
                + "  server {\n    listen 127.0.0.1:" + port + ";\n    root " + html + ";\n"
                + locations.replace("$ROOT", html.toString()) + "\n  }\n}\n";
        write(dir.resolve("nginx.conf"), conf);
        return start(List.of(NGINX.toString(), "-p", d, "-c", d + "/nginx.conf", "-e", d + "/error.log"), dir, port);
    }

    /** Apache with {@code directives} added to a minimal configuration ({@code $ROOT} is the html folder). */
    static LocalWebServer apache(Path dir, String directives) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(APACHE), "Apache is not installed (" + APACHE + "); apt-get install apache2");
        Path html = folder(dir);
        int port = freePort();
        String d = dir.toString();
        StringBuilder conf = new StringBuilder();
        conf.append("ServerRoot ").append(d).append("\nDefaultRuntimeDir ").append(d).append("\nPidFile ").append(d)
                .append("/httpd.pid\nErrorLog ").append(d).append("/error.log\nMutex file:").append(d)
                .append(" default\nListen 127.0.0.1:").append(port).append("\nServerName localhost\n");
        for (String m : List.of("mpm_event", "authz_core", "alias", "headers", "rewrite", "asis", "dir", "mime")) {
            conf.append("LoadModule ").append(m).append("_module ").append(APACHE_MODULES.resolve("mod_" + m + ".so"))
                    .append('\n');
        }
        if (root()) {
            conf.append("User nobody\nGroup nogroup\n");
        }
        conf.append("TypesConfig /etc/mime.types\nAddHandler send-as-is asis\nServerSignature On\n")
                .append("StartServers 1\nServerLimit 1\nThreadsPerChild 8\nMaxRequestWorkers 8\n")
                .append("DocumentRoot ").append(html).append("\n<Directory ").append(html)
                .append(">\n  Require all granted\n</Directory>\n")
                .append(directives.replace("$ROOT", html.toString())).append('\n');
        write(dir.resolve("httpd.conf"), conf.toString());
        return start(List.of(APACHE.toString(), "-f", d + "/httpd.conf", "-DFOREGROUND"), dir, port);
    }

    private static LocalWebServer start(List<String> command, Path dir, int port)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException(command.get(0) + " exited with " + p.exitValue() + ": "
                        + Files.readString(dir.resolve("stdout.log")) + read(dir.resolve("error.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return new LocalWebServer(p, dir, port);
            } catch (IOException notYet) {
                p.waitFor(50, TimeUnit.MILLISECONDS); // polling for readiness, bounded by the deadline
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException(command.get(0) + " did not listen on port " + port + " within 20 s");
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p) : "";
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
