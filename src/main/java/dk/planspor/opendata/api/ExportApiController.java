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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

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
    ResponseEntity<byte[]> forPlan(@PathVariable String slug,
            @Parameter(description = "commitments, milestones or adjustments") @PathVariable String dataset,
            @Parameter(description = "csv, xlsx or json") @PathVariable String format) {
        Dataset d = dataset(dataset);
        return download(openData.forPlan(d, slug), format(format), slug + "-" + d.id());
    }

    @GetMapping("/api/v1/{dataset:plans|commitments|milestones|adjustments|responses}.{format:csv|xlsx|json}")
    @Operation(summary = "A dataset over every plan (2012 onwards) as CSV, XLSX or JSON")
    ResponseEntity<byte[]> all(
            @Parameter(description = "plans, commitments, milestones, adjustments or responses (published consultation responses)") @PathVariable String dataset,
            @Parameter(description = "csv, xlsx or json") @PathVariable String format) {
        Dataset d = dataset(dataset);
        return download(openData.all(d), format(format), "planspor-" + d.id());
    }

    @GetMapping("/api/v1/consultations/{slug}/responses.{format:csv|xlsx|json}")
    @Operation(summary = "One consultation's published responses (after the deadline) as CSV, XLSX or JSON")
    ResponseEntity<byte[]> responses(@PathVariable String slug, @PathVariable String format) {
        return download(openData.forConsultation(slug), format(format), slug + "-responses");
    }

    private static ResponseEntity<byte[]> download(Table table, Format format, String name) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
        try {
            TableWriter.write(table, format, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ContentDisposition disposition = (format == Format.JSON ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(name + "." + format.extension()).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(out.toByteArray());
    }

    private static Dataset dataset(String id) {
        return Dataset.byId(id).orElseThrow(() -> new NotFoundException("error.404.lead"));
    }

    private static Format format(String ext) {
        return Format.byExtension(ext).orElseThrow(() -> new NotFoundException("error.404.lead"));
    }
}
