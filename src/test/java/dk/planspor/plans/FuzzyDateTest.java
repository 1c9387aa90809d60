package dk.planspor.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FuzzyDateTest {

    /**
     * Every distinct date form printed in seed 004 (OGP midterm self-assessment 2017-19), followed by the
     * other documented forms. An empty "to" column means an open-ended period.
     */
    @ParameterizedTest(name = "\"{0}\" -> {1} .. {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # printed                                | from       | to
            # --- seed 004: milestone tables, start and end dates ---
            1. august 2017                           | 2017-08-01 | 2017-08-01
            1. juni 2018                             | 2018-06-01 | 2018-06-01
            1. januar 2018                           | 2018-01-01 | 2018-01-01
            1. august 2018                           | 2018-08-01 | 2018-08-01
            31. december 2018                        | 2018-12-31 | 2018-12-31
            1. januar 2019                           | 2019-01-01 | 2019-01-01
            1. juni 2019                             | 2019-06-01 | 2019-06-01
            31. december 2017                        | 2017-12-31 | 2017-12-31
            14. september 2017                       | 2017-09-14 | 2017-09-14
            31. december 2021                        | 2021-12-31 | 2021-12-31
            5. marts 2018                            | 2018-03-05 | 2018-03-05
            25. marts 2018                           | 2018-03-25 | 2018-03-25
            25. september 2017                       | 2017-09-25 | 2017-09-25
            22. oktober 2018                         | 2018-10-22 | 2018-10-22
            1. kvartal 2018                          | 2018-01-01 | 2018-03-31
            2. kvartal 2018                          | 2018-04-01 | 2018-06-30
            2. kvartal 2019                          | 2019-04-01 | 2019-06-30
            3. kvartal 2018                          | 2018-07-01 | 2018-09-30
            4. kvartal 2017                          | 2017-10-01 | 2017-12-31
            4. kvartal 2019                          | 2019-10-01 | 2019-12-31
            2. halvår af 2017                        | 2017-07-01 | 2017-12-31
            2. halvår af 2018                        | 2018-07-01 | 2018-12-31
            2. halvår 2017                           | 2017-07-01 | 2017-12-31
            2. halvår 2018                           | 2018-07-01 | 2018-12-31
            Marts 2017                               | 2017-03-01 | 2017-03-31
            Juli 2017                                | 2017-07-01 | 2017-07-31
            August 2017                              | 2017-08-01 | 2017-08-31
            September 2017                           | 2017-09-01 | 2017-09-30
            Oktober 2017                             | 2017-10-01 | 2017-10-31
            November 2017                            | 2017-11-01 | 2017-11-30
            December 2017                            | 2017-12-01 | 2017-12-31
            Februar 2018                             | 2018-02-01 | 2018-02-28
            August 2018                              | 2018-08-01 | 2018-08-31
            December 2018                            | 2018-12-01 | 2018-12-31
            April-maj 2017                           | 2017-04-01 | 2017-05-31
            Primo 2018                               | 2018-01-01 | 2018-04-30
            Medio 2018                               | 2018-05-01 | 2018-08-31
            Medio 2019                               | 2019-05-01 | 2019-08-31
            Ultimo 2019                              | 2019-09-01 | 2019-12-31
            Ultimo 2020                              | 2020-09-01 | 2020-12-31
            2018                                     | 2018-01-01 | 2018-12-31
            2020                                     | 2020-01-01 | 2020-12-31
            2021                                     | 2021-01-01 | 2021-12-31
            2022                                     | 2022-01-01 | 2022-12-31
            Ved udgangen af 2019                     | 2019-12-01 | 2019-12-31
            Senest ved udgangen af 2019              | 2019-12-01 | 2019-12-31
            I løbet af 2018 og senest 1. januar 2019 | 2018-01-01 | 2019-01-01
            # --- seed 004: commitment periods ---
            Periode 2017 – medio 2019                | 2017-01-01 | 2019-08-31
            2017 – medio 2019                        | 2017-01-01 | 2019-08-31
            3. kvartal 2017-2. kvartal 2018          | 2017-07-01 | 2018-06-30
            2016 -2020                               | 2016-01-01 | 2020-12-31
            2016 -                                   | 2016-01-01 |
            Oktober 2016 – december 2020             | 2016-10-01 | 2020-12-31
            2017-2018                                | 2017-01-01 | 2018-12-31
            1. januar 2018-31. december 2021         | 2018-01-01 | 2021-12-31
            Oktober 2017 – februar 2018              | 2017-10-01 | 2018-02-28
            1. November 2017 – 31. august 2018       | 2017-11-01 | 2018-08-31
            2018 - 2022                              | 2018-01-01 | 2022-12-31
            25. september 2017 – 22. oktober 2018    | 2017-09-25 | 2018-10-22
            2017 – 2019                              | 2017-01-01 | 2019-12-31
            # --- seed 004: "Justeringer af initiativer" ---
            1. halvår af 2018                        | 2018-01-01 | 2018-06-30
            ultimo 2019                              | 2019-09-01 | 2019-12-31
            ultimo 2020                              | 2020-09-01 | 2020-12-31
            december 2017                            | 2017-12-01 | 2017-12-31
            november 2017                            | 2017-11-01 | 2017-11-30
            maj/juni 2018                            | 2018-05-01 | 2018-06-30
            den 25. marts 2018                       | 2018-03-25 | 2018-03-25
            den 30. juni 2018                        | 2018-06-30 | 2018-06-30
            den 31. august 2018                      | 2018-08-31 | 2018-08-31
            andet kvartal 2019                       | 2019-04-01 | 2019-06-30
            # --- seed 004: dates in running text ---
            efteråret 2017                           | 2017-09-01 | 2017-11-30
            ultimo 2017 til og med 1. halvår 2018    | 2017-09-01 | 2018-06-30
            inden udgangen af 3. kvartal 2018        | 2018-09-01 | 2018-09-30
            ved udgangen af 2017                     | 2017-12-01 | 2017-12-31
            juni til august 2017                     | 2017-06-01 | 2017-08-31
            sidste halvdel af 2018                   | 2018-07-01 | 2018-12-31
            # --- other Danish forms ---
            1.august 2017                            | 2017-08-01 | 2017-08-01
            25.03.2018                               | 2018-03-25 | 2018-03-25
            2018-03-25                               | 2018-03-25 | 2018-03-25
            aug. 2017                                | 2017-08-01 | 2017-08-31
            okt 2017                                 | 2017-10-01 | 2017-10-31
            maj 2018.                                | 2018-05-01 | 2018-05-31
            første halvår 2019                       | 2019-01-01 | 2019-06-30
            1. halvår 2018                           | 2018-01-01 | 2018-06-30
            fjerde kvartal 2018                      | 2018-10-01 | 2018-12-31
            primo 2018                               | 2018-01-01 | 2018-04-30
            medio 2019                               | 2019-05-01 | 2019-08-31
            inden udgangen af 2019                   | 2019-12-01 | 2019-12-31
            foråret 2018                             | 2018-03-01 | 2018-05-31
            sommeren 2018                            | 2018-06-01 | 2018-08-31
            vinteren 2018                            | 2017-12-01 | 2018-02-28
            2017-2019                                | 2017-01-01 | 2019-12-31
            Juli 2017 - december 2018                | 2017-07-01 | 2018-12-31
            1. august - 31. december 2018            | 2018-08-01 | 2018-12-31
            fra juni 2018 til 5. marts 2019          | 2018-06-01 | 2019-03-05
            # --- English forms ---
            1 August 2017                            | 2017-08-01 | 2017-08-01
            1st August 2017                          | 2017-08-01 | 2017-08-01
            August 1, 2017                           | 2017-08-01 | 2017-08-01
            Sept. 3rd, 2018                          | 2018-09-03 | 2018-09-03
            May 2018                                 | 2018-05-01 | 2018-05-31
            Q2 2018                                  | 2018-04-01 | 2018-06-30
            q4 2019                                  | 2019-10-01 | 2019-12-31
            2nd quarter 2018                         | 2018-04-01 | 2018-06-30
            Quarter 4 2016                           | 2016-10-01 | 2016-12-31
            second quarter of 2018                   | 2018-04-01 | 2018-06-30
            H1 2018                                  | 2018-01-01 | 2018-06-30
            H2 2017                                  | 2017-07-01 | 2017-12-31
            second half of 2017                      | 2017-07-01 | 2017-12-31
            first half of 2018                       | 2018-01-01 | 2018-06-30
            early 2018                               | 2018-01-01 | 2018-04-30
            mid-2019                                 | 2019-05-01 | 2019-08-31
            mid 2019                                 | 2019-05-01 | 2019-08-31
            late 2019                                | 2019-09-01 | 2019-12-31
            end of 2019                              | 2019-12-01 | 2019-12-31
            by the end of 2019                       | 2019-12-01 | 2019-12-31
            autumn 2017                              | 2017-09-01 | 2017-11-30
            spring 2018                              | 2018-03-01 | 2018-05-31
            summer 2018                              | 2018-06-01 | 2018-08-31
            winter 2020                              | 2019-12-01 | 2020-02-29
            April-May 2017                           | 2017-04-01 | 2017-05-31
            Q3 2017 to Q2 2018                       | 2017-07-01 | 2018-06-30
            mid-2018 - late 2019                     | 2018-05-01 | 2019-12-31
            # --- case and spacing ---
            2. KVARTAL   2018                        | 2018-04-01 | 2018-06-30
            2.  halvår   af   2017                   | 2017-07-01 | 2017-12-31
            """)
    void readsPrintedForms(String printed, LocalDate from, LocalDate to) {
        FuzzyDate date = FuzzyDate.parse(printed);

        assertThat(date.from()).as("from").isEqualTo(from);
        assertThat(date.to()).as("to").isEqualTo(to);
        assertThat(date.hasInterval()).isTrue();
        assertThat(date.isBlank()).isFalse();
        assertThat(date.text()).isEqualTo(printed.replaceAll("\\s+", " ").trim());
        assertThat(FuzzyDate.tryParse(printed)).contains(date);
    }

    /** Cells that the PDF extraction broke over two lines, as in seed 004's milestone tables. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void collapsesWhitespaceOfWrappedCells(String printed, String text, LocalDate day) {
        FuzzyDate date = FuzzyDate.parse(printed);

        assertThat(date.text()).isEqualTo(text);
        assertThat(date.from()).isEqualTo(day);
        assertThat(date.to()).isEqualTo(day);
    }

    static Stream<Arguments> collapsesWhitespaceOfWrappedCells() {
        return Stream.of(
                Arguments.of("14. september \n\n2017 ", "14. september 2017", LocalDate.of(2017, 9, 14)),
                Arguments.of("25. september \n2017", "25. september 2017", LocalDate.of(2017, 9, 25)),
                Arguments.of("\t1.\u00A0 august  2017. ", "1. august 2017.", LocalDate.of(2017, 8, 1)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "-", " - ", "–", "—", "Endnu ikke fastlagt", "endnu  ikke fastlagt.",
            "Not yet decided", "TBD", "løbende", "Løbende", "ongoing"})
    void blankForms(String printed) {
        FuzzyDate date = FuzzyDate.parse(printed);

        assertThat(date.isBlank()).isTrue();
        assertThat(date.hasInterval()).isFalse();
        assertThat(date.from()).isNull();
        assertThat(date.to()).isNull();
        assertThat(date.text()).isEqualTo(printed.replaceAll("\\s+", " ").trim());
        assertThat(date.intervalLabel()).isEmpty();
        assertThat(date.endsBefore(LocalDate.of(2100, 1, 1))).isFalse();
        assertThat(FuzzyDate.tryParse(printed)).contains(date);
    }

    @Test
    void nullIsBlankWithEmptyText() {
        FuzzyDate date = FuzzyDate.parse(null);

        assertThat(date.text()).isEmpty();
        assertThat(date.isBlank()).isTrue();
        assertThat(FuzzyDate.tryParse(null)).contains(date);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"blåbær 2017", "13. kvartal 2018", "32. januar 2018", "Q5 2018", "Q0 2018", "H3 2017",
            "3. halvår 2017", "femte kvartal 2018", "30. februar 2019", "2018-13-01", "2018-02-30", "31.04.2018",
            "august", "kvartal 2018", "medio", "Aftales pt.", "snart", "201", "fra december 2017 til november 2017",
            "2019 - 2017", "- 2019", "2018 og 2019"})
    void unreadableForms(String printed) {
        assertThatThrownBy(() -> FuzzyDate.parse(printed))
                .isInstanceOf(UnreadableDateException.class)
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining(printed)
                .extracting(e -> ((UnreadableDateException) e).getText())
                .isEqualTo(printed);
        assertThat(FuzzyDate.tryParse(printed)).isEmpty();
    }

    @Test
    void unreadableTextIsReportedNormalised() {
        assertThatThrownBy(() -> FuzzyDate.parse("  blåbær \n 2017 "))
                .isInstanceOfSatisfying(UnreadableDateException.class,
                        e -> assertThat(e.getText()).isEqualTo("blåbær 2017"));
    }

    @ParameterizedTest(name = "\"{0}\" ends before {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            31. december 2017  | 2018-01-01 | true
            31. december 2017  | 2017-12-31 | false
            4. kvartal 2017    | 2018-01-01 | true
            4. kvartal 2017    | 2017-12-31 | false
            medio 2019         | 2019-09-01 | true
            medio 2019         | 2019-08-31 | false
            2017 – medio 2019  | 2019-09-01 | true
            2017 – medio 2019  | 2018-01-01 | false
            2016 -             | 2100-01-01 | false
            Endnu ikke fastlagt| 2100-01-01 | false
            -                  | 2100-01-01 | false
            """)
    void endsBefore(String printed, LocalDate day, boolean expected) {
        assertThat(FuzzyDate.parse(printed).endsBefore(day)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            1. august 2017      | 2017-08-01
            25.03.2018          | 2018-03-25
            August 2017         | 2017-08-01 – 2017-08-31
            2. kvartal 2018     | 2018-04-01 – 2018-06-30
            2016 -2020          | 2016-01-01 – 2020-12-31
            2016 -              | 2016-01-01 –
            Endnu ikke fastlagt | ''
            -                   | ''
            """)
    void intervalLabel(String printed, String label) {
        assertThat(FuzzyDate.parse(printed).intervalLabel()).isEqualTo(label);
    }

    @Test
    void openEndedPeriodHasStartOnly() {
        FuzzyDate date = FuzzyDate.parse("2016 -");

        assertThat(date.hasInterval()).isTrue();
        assertThat(date.isBlank()).isFalse();
        assertThat(date.from()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(date.to()).isNull();
    }

    @Test
    void storedValuesAreRebuiltWithoutValidation() {
        FuzzyDate stored = new FuzzyDate(null, LocalDate.of(2018, 4, 1), LocalDate.of(2018, 6, 30));

        assertThat(stored.text()).isEmpty();
        assertThat(stored.intervalLabel()).isEqualTo("2018-04-01 – 2018-06-30");
        assertThat(FuzzyDate.parse("2. kvartal 2018"))
                .isEqualTo(new FuzzyDate("2. kvartal 2018", LocalDate.of(2018, 4, 1), LocalDate.of(2018, 6, 30)));
    }
}
