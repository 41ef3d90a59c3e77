package org.icpdesk.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables behind the demo orders ({@code demo-data.yaml} beside this class): provinces with real cities,
 * districts and area codes, name parts, company and site words, address parts. Immutable once loaded.
 */
final class DemoData {
    static final String RESOURCE = "demo-data.yaml";

    /** A district (county-level division) with its six-digit GB/T 2260 code. */
    record District(String code, String name) {
    }

    record City(String name, String area, List<District> districts) {
    }

    /** A province; {@code ethnicities} are the national weights plus the local ones, in file order. */
    record Province(String code, String name, String abbr, int weight, Map<String, Integer> ethnicities, List<City> cities) {
        boolean municipality() {
            return cities.size() == 1 && cities.get(0).name().equals(name);
        }
    }

    /** A name part and its pinyin (for domains and e-mail addresses). */
    record Word(String text, String pinyin) {
    }

    record Industry(String name, List<String> slugs, String scope) {
    }

    record CompanyForm(String suffix, List<String> types) {
    }

    record Topic(String name, String slug, String remark) {
    }

    /** The YAML as written; converted to the typed tables of this class. */
    record Raw(List<RawProvince> provinces, LinkedHashMap<String, Integer> ethnicities, List<String> surnames,
               List<String> givenMale, List<String> givenFemale, List<String> brands, List<Industry> industries,
               List<CompanyForm> companyForms, List<String> capitals, List<String> unitSiteSuffixes,
               List<Topic> personalTopics, List<String> personalSiteSuffixes, List<String> genericWords,
               List<String> interactiveWords, List<String> interactiveWordProvincesExcluded, List<String> nationalWords, List<String> roads, List<String> estates,
               List<String> buildings, List<String> registrars, LinkedHashMap<String, Integer> approvedTlds, List<String> unapprovedTlds,
               List<String> mailHosts, List<String> mobilePrefixes, String unitOtherRemark,
               Map<String, String> personalContentTypes, List<String> sitePlanWhenFiled, Map<String, RemarkTexts> provinceRemarks, List<String> relatives) {
    }

    /** Remark texts a province prescribes for unit and for individual sites (either may be null). */
    record RemarkTexts(String unit, String individual) {
    }

    record RawProvince(String code, String name, String abbr, Integer weight, LinkedHashMap<String, Integer> ethnicities,
                       List<RawCity> cities) {
    }

    record RawCity(String name, String area, List<String> districts) {
    }

    final List<Province> provinces;
    final Map<Province, Integer> provinceWeights;
    final List<Word> surnames;
    final List<Word> givenMale;
    final List<Word> givenFemale;
    final List<Word> brands;
    final Raw raw;

    private DemoData(Raw raw) {
        this.raw = raw;
        List<Province> list = new ArrayList<>();
        Map<Province, Integer> weights = new LinkedHashMap<>();
        for (RawProvince p : raw.provinces()) {
            List<City> cities = new ArrayList<>();
            for (RawCity c : p.cities()) {
                List<District> districts = new ArrayList<>();
                for (String d : c.districts()) {
                    String[] parts = d.split(" ", 2);
                    if (parts.length != 2 || !parts[0].matches("\\d{6}") || !parts[0].startsWith(p.code())) {
                        throw new IllegalStateException("Bad district entry in " + RESOURCE + ": " + d);
                    }
                    districts.add(new District(parts[0], parts[1]));
                }
                cities.add(new City(c.name(), c.area(), List.copyOf(districts)));
            }
            Map<String, Integer> eth = new LinkedHashMap<>(raw.ethnicities());
            if (p.ethnicities() != null) {
                p.ethnicities().forEach((k, v) -> eth.merge(k, v, Integer::sum));
            }
            Province province = new Province(p.code(), p.name(), p.abbr(), p.weight() == null ? 1 : p.weight(),
                    java.util.Collections.unmodifiableMap(eth), List.copyOf(cities));
            list.add(province);
            weights.put(province, province.weight());
        }
        this.provinces = List.copyOf(list);
        this.provinceWeights = java.util.Collections.unmodifiableMap(weights);
        this.surnames = words(raw.surnames());
        this.givenMale = words(raw.givenMale());
        this.givenFemale = words(raw.givenFemale());
        this.brands = words(raw.brands());
    }

    static DemoData load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return new DemoData(yaml.readValue(in, Raw.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static List<Word> words(List<String> entries) {
        List<Word> out = new ArrayList<>();
        for (String e : entries) {
            String[] parts = e.split(" ", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("Bad word entry in " + RESOURCE + ": " + e);
            }
            out.add(new Word(parts[0], parts[1]));
        }
        return List.copyOf(out);
    }
}
