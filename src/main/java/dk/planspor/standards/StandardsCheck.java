package dk.planspor.standards;

import dk.planspor.platform.NotFoundException;
import dk.planspor.plans.Plan;
import dk.planspor.plans.PlanCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The standards module's facade: judges a plan cycle and packs the evidence. */
@Service
@Transactional(readOnly = true)
public class StandardsCheck {

    /** A cycle's check: the facts and each requirement's result. */
    public record Result(Plan plan, CycleFacts facts, List<Requirement> requirements) {
        public long met() {
            return requirements.stream().filter(r -> Boolean.TRUE.equals(r.met())).count();
        }
    }

    private final PlanCatalog catalog;
    private final List<FactSource> sources;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    StandardsCheck(PlanCatalog catalog, List<FactSource> sources) {
        this.catalog = catalog;
        this.sources = sources;
    }

    public Result check(String planSlug) {
        Plan plan = catalog.findPlan(planSlug).orElseThrow(() -> new NotFoundException("error.planNotFound", planSlug));
        LocalDate today = catalog.today();
        LocalDate reference = today.isAfter(plan.periodTo()) ? plan.periodTo() : today;
        CycleFactsBuilder facts = new CycleFactsBuilder(plan.slug(), plan.periodFrom(), plan.periodTo(), reference);
        sources.forEach(s -> s.contribute(plan, facts));
        CycleFacts f = facts.build();
        return new Result(plan, f, Requirements.judge(f));
    }

    /** The check as the JSON document also served by the API. */
    public Map<String, Object> document(Result r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("plan", r.plan().slug());
        doc.put("periodFrom", r.plan().periodFrom().toString());
        doc.put("periodTo", r.plan().periodTo().toString());
        doc.put("judgedOn", r.facts().reference().toString());
        doc.put("met", r.met());
        List<Map<String, Object>> reqs = new ArrayList<>();
        for (Requirement q : r.requirements()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", q.code());
            m.put("state", q.state());
            m.put("measured", q.detailArgs().stream().map(String::valueOf).toList());
            m.put("evidence", q.evidence().stream().map(l -> Map.of("label", l.label(), "path", l.path())).toList());
            reqs.add(m);
        }
        doc.put("requirements", reqs);
        return doc;
    }

    /** A zip for the IRM: {@code index.json} (the check, with every file listed) and the evidence files. */
    public byte[] evidencePack(String planSlug) {
        Result r = check(planSlug);
        Map<String, Object> index = document(r);
        List<FactSource.EvidenceFile> files = new ArrayList<>();
        sources.forEach(s -> files.addAll(s.files(r.plan())));
        index.put("files", files.stream().map(f -> Map.of("name", f.name(), "contentType", f.contentType(),
                "bytes", f.bytes().length)).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("index.json"));
            zip.write(json.writeValueAsBytes(index));
            zip.closeEntry();
            for (FactSource.EvidenceFile f : files) {
                zip.putNextEntry(new ZipEntry(f.name()));
                zip.write(f.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
