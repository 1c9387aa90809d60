package dk.planspor.consultation;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.planspor.platform.Lang;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The høringsnotat (Danish) and the reasoned response (English): a summary and the answer for each published
 * response, and the høringsliste in alphabetical order with a mark for those who responded. Written as XHTML, so
 * the same document is served as HTML and rendered to PDF by openhtmltopdf. All text is HTML-escaped.
 */
@Component
class ReportRenderer {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d/M yyyy HH:mm");
    private static final String PDF_CSS = "body{font-family:sans-serif;font-size:10.5pt;line-height:1.4;margin:0}"
            + "h1{font-size:18pt}h2{font-size:13pt;margin-top:18pt}h3{font-size:11pt;margin-bottom:2pt}"
            + ".answer{margin-left:12pt}.muted{color:#555}table{border-collapse:collapse;width:100%}"
            + "td,th{border-bottom:1px solid #ccc;padding:3pt;text-align:left}@page{size:A4;margin:20mm}";

    private final MessageSource messages;

    ReportRenderer(MessageSource messages) {
        this.messages = messages;
    }

    String html(Consultation c, ReportContent content, Lang lang, boolean forPdf) {
        List<Response> responses = content.responses();
        Locale locale = lang.locale();
        StringBuilder h = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(lang.code()).append("\"><head><meta charset=\"utf-8\"/><title>").append(e(title(c, lang))).append("</title>");
        h.append(forPdf ? "<style>" + PDF_CSS + "</style>" : "<link rel=\"stylesheet\" href=\"/css/consultation-report.css\"/>");
        h.append("</head><body><main>");
        h.append("<h1>").append(e(title(c, lang))).append("</h1>");
        h.append("<p>").append(e(msg("consultation.report.period", locale, c.opensAt().atZone(COPENHAGEN).format(WHEN),
                c.deadline().atZone(COPENHAGEN).format(WHEN), content.total()))).append("</p>");
        h.append("<h2>").append(e(msg("consultation.invitees", locale))).append("</h2>");
        // Danish order in the høringsnotat ("Aa" sorts as "Å", after "Ø"), English order in the reasoned response.
        Collator collator = Collator.getInstance(lang == Lang.DA ? Locale.forLanguageTag("da") : Locale.ENGLISH);
        TreeSet<String> invitees = new TreeSet<>(collator);
        invitees.addAll(c.invitees());
        if (invitees.isEmpty()) {
            h.append("<p>").append(e(msg("consultation.report.noInvitees", locale))).append("</p>");
        } else {
            h.append("<table><thead><tr><th scope=\"col\">").append(e(msg("consultation.report.organisation", locale)))
                    .append("</th><th scope=\"col\">").append(e(msg("consultation.report.responded", locale))).append("</th></tr></thead><tbody>");
            for (String i : invitees) {
                boolean yes = content.responded().contains(ReportContent.key(i));
                h.append("<tr><td>").append(e(i)).append("</td><td class=\"mark\">")
                        .append(yes ? "X " + e(msg("consultation.report.yes", locale)) : "").append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("<h2>").append(e(msg("consultation.report.responses", locale))).append("</h2>");
        if (responses.isEmpty()) {
            h.append("<p>").append(e(msg("consultation.responses.none", locale))).append("</p>");
        }
        if (content.partial()) {
            String page = "/" + lang.code() + "/consultations/" + c.slug();
            String data = "/api/v1/consultations/" + c.slug() + "/responses.csv";
            h.append("<p class=\"partial\">").append(e(msg("consultation.report.partial", locale, responses.size(), content.total())))
                    .append(" <a href=\"").append(e(page)).append("\">").append(e(msg("consultation.report.partialPage", locale)))
                    .append("</a> · <a href=\"").append(e(data)).append("\">").append(e(msg("consultation.report.partialData", locale)))
                    .append("</a></p>");
        }
        int n = 0;
        for (Response r : responses) {
            h.append("<section><h3>").append(++n).append(". ")
                    .append(e(r.publicSender() != null ? r.publicSender() : msg("consultation.anonymous", locale)))
                    .append(" <span class=\"muted\">(").append(e(msg("consultation.responseKind." + r.kind().name(), locale)))
                    .append(r.late() ? ", " + e(msg("consultation.late", locale)) : "").append(", id ").append(r.shortId()).append(")</span></h3>");
            h.append("<p><strong>").append(e(msg("consultation.report.summary", locale))).append(":</strong> ")
                    .append(e(summary(r))).append("</p>");
            h.append("<p class=\"answer\"><strong>").append(e(msg("consultation.answer", locale))).append(":</strong> ");
            if (r.disposition() == null) {
                h.append(e(msg("consultation.report.unanswered", locale)));
            } else {
                h.append(e(msg("consultation.disposition." + r.disposition().name(), locale))).append(". ")
                        .append(e(r.dispositionReason() == null ? "" : r.dispositionReason()));
                if (!r.commitments().isEmpty()) {
                    h.append(" ").append(e(msg("consultation.fed", locale))).append(" ").append(e(String.join(", ", r.commitments())));
                }
            }
            h.append("</p></section>");
        }
        return h.append("</main></body></html>").toString();
    }

    byte[] pdf(Consultation c, ReportContent content, Lang lang) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(c, content, lang, true), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String title(Consultation c, Lang lang) {
        String t = c.title().in(lang).text();
        return msg("consultation.report.title", lang.locale(), t == null ? c.slug() : t);
    }

    private static String summary(Response r) {
        if (r.summary() != null && !r.summary().isBlank()) {
            return r.summary();
        }
        String body = r.publicBody() == null ? "" : r.publicBody().replaceAll("\\s+", " ").strip();
        return body.length() > 400 ? body.substring(0, 400) + " …" : body;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String e(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8").replace("&nbsp;", "&#160;");
    }

}
