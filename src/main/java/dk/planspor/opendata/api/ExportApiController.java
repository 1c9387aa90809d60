package dk.planspor.opendata.api;

import dk.planspor.opendata.Dataset;
import dk.planspor.opendata.Format;
import dk.planspor.opendata.OpenData;
import dk.planspor.opendata.Table;
import dk.planspor.opendata.TableWriter;
import dk.planspor.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Downloads of the open datasets as CSV, XLSX and JSON: {@code /api/v1/plans/{slug}/commitments.csv} for one
 * plan, {@code /api/v1/commitments.csv} for the whole record. The data page describes every field.
 */
@RestController
@Tag(name = "Open data", description = "Datasets of plans, commitments, milestones and adjustments as CSV, XLSX or JSON")
class ExportApiController {

    private final OpenData openData;

    ExportApiController(OpenData openData) {
        this.openData = openData;
    }

    @GetMapping("/api/v1/plans/{slug}/{dataset:commitments|milestones|adjustments}.{format:csv|xlsx|json}")
    @Operation(summary = "One plan's commitments, milestones or adjustments as CSV, XLSX or JSON")
    void forPlan(@PathVariable String slug,
            @Parameter(description = "commitments, milestones or adjustments") @PathVariable String dataset,
            @Parameter(description = "csv, xlsx or json") @PathVariable String format,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Dataset d = dataset(dataset);
        Format f = format(format);
        openData.export(d, slug, table -> download(table, f, slug + "-" + d.id(), request, response));
    }

    @GetMapping("/api/v1/{dataset:plans|commitments|milestones|adjustments|responses|meetings|documents}.{format:csv|xlsx|json}")
    @Operation(summary = "A dataset of the whole record (every plan since 2012, every meeting, every document) as CSV, XLSX or JSON")
    void all(
            @Parameter(description = "plans, commitments, milestones, adjustments, responses (published consultation responses), meetings (of the OGP network) or documents (of the library)") @PathVariable String dataset,
            @Parameter(description = "csv, xlsx or json") @PathVariable String format,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Dataset d = dataset(dataset);
        Format f = format(format);
        openData.export(d, null, table -> download(table, f, "planspor-" + d.id(), request, response));
    }

    @GetMapping("/api/v1/ogp/commitments.{format:csv|xlsx}")
    @Operation(summary = "Every commitment in the layout of OGP's commitments data sheet (OGP's 171 columns, headers and codings; ND where unknown)")
    void ogpSheet(@Parameter(description = "csv or xlsx") @PathVariable String format, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Format f = format(format);
        openData.exportOgpSheet(table -> download(table, f, "ogp-commitments", request, response));
    }

    @GetMapping("/api/v1/consultations/{slug}/responses.{format:csv|xlsx|json}")
    @Operation(summary = "One consultation's published responses (after the deadline) as CSV, XLSX or JSON")
    void responses(@PathVariable String slug, @PathVariable String format, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Format f = format(format);
        openData.exportConsultation(slug, table -> download(table, f, slug + "-responses", request, response));
    }

    /**
     * Streams the table into the response as it is read: headers first, then the rows. Large exports are never held
     * in memory; Tomcat sends them chunked (gzip when the client accepts it, like every response).
     */
    private static void download(Table table, Format format, String name, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        // The ETag filter would hold the whole body in memory to hash it; a download streams instead.
        ShallowEtagHeaderFilter.disableContentCaching(request);
        ContentDisposition disposition = (format == Format.JSON ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(name + "." + format.extension()).build();
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        TableWriter.write(table, format, response.getOutputStream());
        response.flushBuffer();
    }

    private static Dataset dataset(String id) {
        return Dataset.byId(id).orElseThrow(() -> new NotFoundException("error.404.lead"));
    }

    private static Format format(String ext) {
        return Format.byExtension(ext).orElseThrow(() -> new NotFoundException("error.404.lead"));
    }
}
