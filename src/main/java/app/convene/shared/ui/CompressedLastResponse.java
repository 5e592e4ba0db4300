package app.convene.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.ServerRpcHandler;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.springframework.stereotype.Component;

/**
 * Each UI keeps its last UIDL answer deflated instead of as a string (issue 19, decision 0051). Vaadin keeps the
 * answer to the last request of every UI ({@code UIInternals.setLastRequestResponse}, written by
 * {@code UidlRequestHandler.writeUidl}) only to send it again when the client repeats that request (a response lost
 * on the way: {@code ServerRpcHandler} throws {@code ClientResentPayloadException} and the handler writes the kept
 * text). After a navigation that answer holds the whole view; one character outside Latin-1 (a typographic quote in
 * a text) makes Java store all of it at two bytes a character: an initiative page's answer alone took ~112 KiB.
 * Here the answer is kept deflated on the UI and given back to Vaadin only when the request looks like a repeat
 * (its client id is the last one processed), so Vaadin's resending works as before.
 * <p>
 * The handler is Vaadin's own UIDL handler with two hooks; handlers added at service init are asked before the
 * built-in ones ({@code VaadinService.init} reverses the list), so it answers every UIDL request.
 */
@Component
class CompressedLastResponse implements VaadinServiceInitListener {

    /** Answers shorter than this stay as they are: a deflated copy would save next to nothing. */
    static final int KEPT_AS_TEXT_BELOW = 2_048;

    /** Compressors kept between requests: a deflater holds ~256 KiB of native memory, made and freed per answer before. */
    private static final BlockingQueue<Compressor> IDLE = new ArrayBlockingQueue<>(4);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new Handler());
    }

    /**
     * Vaadin's UIDL handler, deflating the answer it keeps after each request, and reading a request's body with a
     * buffer of its own size ({@link SizedRequestBody}, decision 0073).
     */
    static final class Handler extends UidlRequestHandler {

        /** {@code SynchronizedRequestHandler.handleRequest}, but for the buffer the body is read with. */
        @Override
        public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
                throws IOException {
            int length = isReadAndWriteOutsideSessionLock() && canHandleRequest(request)
                    ? SizedRequestBody.lengthToRead(request) : -1;
            if (length < 0) {
                return super.handleRequest(session, request, response);
            }
            String body = SizedRequestBody.read(request.getReader(), length);
            session.lock();
            try {
                Optional<ResponseWriter> writer = synchronizedHandleRequest(session, request, response, body);
                session.unlock(); // as Vaadin: the answer is written outside the session's lock
                if (writer.isPresent()) {
                    writer.get().writeResponse();
                }
                return writer.isPresent();
            } finally {
                if (session.hasLock()) {
                    session.unlock();
                }
            }
        }

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                VaadinResponse response, String requestBody) throws IOException {
            UI ui = session.getService().findUI(request);
            try {
                return super.synchronizedHandleRequest(session, request, response, requestBody);
            } finally {
                if (ui != null) {
                    deflate(ui);
                }
            }
        }

        @Override
        protected ServerRpcHandler createRpcHandler() {
            return new RestoringRpcHandler();
        }
    }

    /** Puts the kept answer back as text before Vaadin checks whether the client repeats its last request. */
    static final class RestoringRpcHandler extends ServerRpcHandler {

        @Override
        protected void handleRpc(UI ui, String message, VaadinRequest request, RpcRequest rpcRequest)
                throws MessageIdSyncException {
            if (rpcRequest.getClientToServerId() == ui.getInternals().getLastProcessedClientToServerId()) {
                inflate(ui);
            }
            super.handleRpc(ui, message, request, rpcRequest);
        }
    }

    /** The last answer, deflated (UTF-8). */
    record Deflated(byte[] bytes) implements Serializable {
    }

    /** Replaces the UI's last answer by its deflated copy (called with the session locked). */
    static void deflate(UI ui) {
        UIInternals internals = ui.getInternals();
        String text = internals.getLastRequestResponse();
        if (text == null) {
            return; // nothing new: still the deflated copy of an earlier answer, if any
        }
        if (text.length() < KEPT_AS_TEXT_BELOW) {
            ComponentUtil.setData(ui, Deflated.class, null);
            return;
        }
        ComponentUtil.setData(ui, Deflated.class, new Deflated(compress(text)));
        internals.setLastRequestResponse(null);
    }

    /** Gives Vaadin the last answer back as text (called with the session locked). */
    static void inflate(UI ui) {
        Deflated deflated = ComponentUtil.getData(ui, Deflated.class);
        if (deflated != null && ui.getInternals().getLastRequestResponse() == null) {
            ui.getInternals().setLastRequestResponse(decompress(deflated.bytes()));
        }
    }

    /** Answers deflated with a compressor from the few kept idle; a new one when none is free. */
    static byte[] compress(String text) {
        Compressor compressor = IDLE.poll();
        if (compressor == null) {
            compressor = new Compressor();
        }
        try {
            return compressor.compress(text);
        } finally {
            if (!IDLE.offer(compressor)) {
                compressor.end();
            }
        }
    }

    /**
     * A deflater, a UTF-8 encoder and their buffers, reused (decision 0084): encoding the whole answer at once
     * ({@code String.getBytes}) allocated up to three bytes a character and a trimmed copy, ~7.6 % of what the request
     * threads allocated; now the answer is copied, encoded and deflated a slice at a time into buffers kept here, and
     * only the result is new.
     */
    private static final class Compressor {

        private static final int SLICE = 4_096;

        private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final char[] slice = new char[SLICE];
        private final CharBuffer chars = CharBuffer.wrap(slice);
        private final ByteBuffer encoded = ByteBuffer.allocate(3 * SLICE); // room for any slice: no overflow
        private final byte[] chunk = new byte[8_192];
        private byte[] deflated = new byte[8_192];
        private int size;

        byte[] compress(String text) {
            deflater.reset();
            encoder.reset();
            chars.clear().flip();
            size = 0;
            int copied = 0;
            while (true) {
                chars.compact(); // keeps what the encoder left: the first half of a pair split by the slice
                int n = Math.min(chars.remaining(), text.length() - copied);
                text.getChars(copied, copied + n, slice, chars.position());
                chars.position(chars.position() + n);
                copied += n;
                chars.flip();
                boolean end = copied == text.length();
                CoderResult result;
                do {
                    encoded.clear();
                    result = encoder.encode(chars, encoded, end);
                    // UTF-8's encoder writes nothing when flushed: its flush never runs out of room
                    boolean finish = end && result.isUnderflow() && encoder.flush(encoded).isUnderflow();
                    encoded.flip();
                    deflate(finish);
                } while (result.isOverflow());
                if (end) {
                    return Arrays.copyOf(deflated, size);
                }
            }
        }

        /** Deflates what was encoded (all of it, or to the end when {@code finish}) after what came before. */
        private void deflate(boolean finish) {
            deflater.setInput(encoded);
            if (finish) {
                deflater.finish();
            }
            while (finish ? !deflater.finished() : !deflater.needsInput()) {
                int n = deflater.deflate(chunk);
                if (size + n > deflated.length) {
                    deflated = Arrays.copyOf(deflated, Math.max(deflated.length * 2, size + n));
                }
                System.arraycopy(chunk, 0, deflated, size, n);
                size += n;
            }
        }

        void end() {
            deflater.end();
        }
    }

    static String decompress(byte[] bytes) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 6);
            byte[] buffer = new byte[8_192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsInput() && !inflater.finished()) {
                    throw new UncheckedIOException(new IOException("truncated deflated answer"));
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new UncheckedIOException(new IOException(e));
        } finally {
            inflater.end();
        }
    }
}
