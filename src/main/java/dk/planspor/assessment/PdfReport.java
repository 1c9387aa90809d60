package dk.planspor.assessment;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.planspor.platform.Lang;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A report as PDF/UA: the XHTML of {@code assessment/report-pdf} laid out by openhtmltopdf with IBM
 * Plex Sans embedded (from DKFDS), a tagged structure, the document language and a title.
 */
@Component
class PdfReport {

    /** DKFDS's fonts, copied into the classpath at build time (pom.xml, copy-dkfds). */
    private static final String FONTS = "static/dkfds/fonts/IBMPlexSans/complete/ttf/";
    private static final String FAMILY = "IBM Plex Sans";

    private final ITemplateEngine templates;
    private final Map<String, byte[]> fonts = new LinkedHashMap<>();

    PdfReport(ITemplateEngine templates) {
        this.templates = templates;
        fonts.put("Regular", read("IBMPlexSans-Regular.ttf"));
        fonts.put("Italic", read("IBMPlexSans-Italic.ttf"));
        fonts.put("SemiBold", read("IBMPlexSans-SemiBold.ttf"));
    }

    private static byte[] read(String name) {
        try (InputStream in = new ClassPathResource(FONTS + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The report font " + name + " is missing from the build", e);
        }
    }

    private com.openhtmltopdf.extend.FSSupplier<InputStream> font(String name) {
        byte[] bytes = fonts.get(name);
        return () -> new ByteArrayInputStream(bytes);
    }

    /** The XHTML the PDF is made from. */
    String xhtml(Report report, Lang lang, String title) {
        Context context = new Context(lang.locale());
        context.setVariable("report", report);
        context.setVariable("lang", lang);
        context.setVariable("title", title);
        return templates.process("assessment/report-pdf", context);
    }

    byte[] render(Report report, Lang lang, String title) {
        String html = xhtml(report, lang, title);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Planspor");
            builder.usePdfUaAccessibility(true);
            builder.useFont(font("Regular"), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(font("Italic"), FAMILY, 400, FontStyle.ITALIC, true);
            builder.useFont(font("SemiBold"), FAMILY, 600, FontStyle.NORMAL, true);
            builder.useFont(font("SemiBold"), FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
