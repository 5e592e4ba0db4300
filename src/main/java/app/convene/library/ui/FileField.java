package app.convene.library.ui;

import app.convene.shared.ui.FormError;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A form's file: a Vaadin {@link Upload} whose bytes wait in a temporary file until the form is saved. At most
 * the server's limit is kept (reading stops past it, whatever the browser was told); the service checks the file
 * again when it is saved. The message about the file (too large, a type not allowed) shows by it.
 */
class FileField extends Div {

    private final long maxBytes;
    final Upload upload = new Upload();
    final FormError error = new FormError();
    private Path held;
    private String fileName;

    FileField(String label, long maxBytes) {
        this.maxBytes = maxBytes;
        addClassName("cv-file-field");
        Span caption = new Span(label);
        caption.addClassName("cv-field-label");
        upload.setId("resource-file");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".pptx", ".txt", ".md", ".png", ".jpg", ".jpeg",
                ".gif", ".webp");
        upload.setUploadHandler(event -> {
            String name = event.getFileName();
            Path kept;
            try (InputStream in = event.getInputStream()) {
                kept = keep(in);
            }
            UI ui = event.getUI();
            if (ui != null) {
                ui.access(() -> received(name, kept));
            } else {
                received(name, kept);
            }
        });
        upload.addFileRejectedListener(rejected -> show(tooLarge()));
        upload.addFileRemovedListener(removed -> discard());
        add(caption, upload, error);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("library.file.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("library.file.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(tooLarge())
                .setIncorrectFileType(getTranslation("library.file.typeNotAllowed"))
                .setTooManyFiles(getTranslation("library.file.one")));
        upload.setI18n(i18n);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        discard();
    }

    /** Whether a file waits to be saved. */
    boolean present() {
        return held != null;
    }

    String fileName() {
        return fileName;
    }

    /** The held bytes; the caller closes the stream. */
    InputStream open() {
        try {
            return Files.newInputStream(held);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    void show(String message) {
        error.show(message);
    }

    void clearError() {
        error.clear();
    }

    /** Forgets the held file (after a save, or when the service refused it: another one must be chosen). */
    void discard() {
        if (held != null) {
            try {
                Files.deleteIfExists(held);
            } catch (IOException ignored) {
                // a temporary file the system cleans up
            }
        }
        held = null;
        fileName = null;
    }

    void reset() {
        discard();
        upload.clearFileList();
    }

    private String tooLarge() {
        return getTranslation("library.file.tooLarge", maxBytes / (1024 * 1024));
    }

    private void received(String name, Path kept) {
        discard();
        if (kept != null) {
            held = kept;
            fileName = name;
            error.clear();
        } else {
            upload.clearFileList();
            show(tooLarge());
        }
    }

    /** Keeps at most the limit in a temporary file: past it, reading stops and nothing is kept (null). */
    private Path keep(InputStream in) throws IOException {
        Path temp = Files.createTempFile("convene-form-", ".part");
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(temp)) {
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    out.close();
                    Files.deleteIfExists(temp);
                    return null;
                }
                out.write(buffer, 0, n);
            }
        }
        return temp;
    }
}
