package app.convene.notifications;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server on loopback that answers as a real one would, and refuses what a test asks it to: GreenMail
 * takes every mail, so it cannot show how Convene handles a 5xx or 4xx answer. A recipient whose address starts with
 * {@code refuse550-} gets "550 mailbox unavailable" at RCPT, one starting with {@code refuse451-} gets "451 try
 * again later"; while {@link #busy} it turns every conversation away at the greeting. It counts the connections (conversations) it had and keeps each mail it took, parsed by Jakarta
 * Mail.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<MimeMessage> received = Collections.synchronizedList(new ArrayList<>());
    private final List<Socket> open = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean busy;

    private ScriptedSmtpServer(ServerSocket socket) {
        this.socket = socket;
        this.acceptor = Thread.ofPlatform().daemon().name("scripted-smtp").start(this::accept);
    }

    static ScriptedSmtpServer start() throws IOException {
        return new ScriptedSmtpServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    }

    int port() {
        return socket.getLocalPort();
    }

    /** While busy, every new conversation is turned away at the greeting ("421 busy"), as an overloaded server does. */
    void busy(boolean busy) {
        this.busy = busy;
    }

    int connections() {
        return connections.get();
    }

    /** The mails taken, in order, for addresses containing {@code marker}. */
    List<MimeMessage> received(String marker) {
        synchronized (received) {
            return received.stream().filter(m -> recipient(m).contains(marker)).toList();
        }
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                open.add(client);
                Thread.ofPlatform().daemon().name("scripted-smtp-conversation").start(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8)); PrintWriter out = new PrintWriter(client.getOutputStream(), true,
                StandardCharsets.UTF_8)) {
            if (busy) {
                reply(out, "421 4.3.2 busy, try again later");
                return;
            }
            reply(out, "220 scripted.test ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO")) {
                    reply(out, "250-scripted.test\r\n250 8BITMIME");
                } else if (command.startsWith("HELO") || command.startsWith("MAIL FROM") || command.startsWith("RSET")
                        || command.startsWith("NOOP")) {
                    reply(out, "250 OK");
                } else if (command.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf(':') + 1).strip().toLowerCase(Locale.ROOT);
                    reply(out, address.startsWith("<refuse550-") ? "550 5.1.1 mailbox unavailable"
                            : address.startsWith("<refuse451-") ? "451 4.3.0 try again later" : "250 OK");
                } else if (command.equals("DATA")) {
                    reply(out, "354 go ahead");
                    StringBuilder data = new StringBuilder();
                    for (String body = in.readLine(); body != null && !body.equals("."); body = in.readLine()) {
                        data.append(body.startsWith("..") ? body.substring(1) : body).append("\r\n");
                    }
                    received.add(new MimeMessage(Session.getInstance(new Properties()),
                            new ByteArrayInputStream(data.toString().getBytes(StandardCharsets.UTF_8))));
                    reply(out, "250 OK taken");
                } else if (command.equals("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "502 not implemented");
                }
            }
        } catch (SocketException closed) {
            // the test closed the server
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            open.remove(client);
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString().toLowerCase(Locale.ROOT);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops taking connections and ends those open (a server going away). */
    @Override
    public void close() throws IOException {
        socket.close();
        synchronized (open) {
            for (Socket client : open) {
                client.close();
            }
        }
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
