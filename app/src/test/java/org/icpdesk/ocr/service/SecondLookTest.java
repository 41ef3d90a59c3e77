package org.icpdesk.ocr.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icpdesk.ocr.domain.CertificateKind;
import org.junit.jupiter.api.Test;

/** The pure parts of PP-OCR's second looks at unsure names: the vote and the label's tail. */
class SecondLookTest {

    @Test
    void eachCharacterIsWhatAStrictMajorityReads() {
        assertThat(PipelineReader.vote(List.of("余豪仪", "余豪俊", "余豪俊", "余豪俊"))).isEqualTo("余豪俊");
        assertThat(PipelineReader.vote(List.of("余豪仪", "余豪俊", "余豪仪", "余豪俊"))).as("a tie keeps nothing").isNull();
        assertThat(PipelineReader.vote(List.of("张涛字", "张涛宇"))).as("too few readings").isNull();
        assertThat(PipelineReader.vote(List.of("张涛字", "张涛宇", "张涛字"))).isEqualTo("张涛字");
    }

    @Test
    void theEndOfTheFieldsLabelCaughtInTheRegionIsDropped() {
        assertThat(PipelineReader.withoutLabelTail(CertificateKind.DOMAIN_CERTIFICATE, "registrant", "者张涛宇", 3)).isEqualTo("张涛宇");
        assertThat(PipelineReader.withoutLabelTail(CertificateKind.BUSINESS_LICENSE, "legal_representative", "人余豪俊", 3))
                .isEqualTo("余豪俊");
        assertThat(PipelineReader.withoutLabelTail(CertificateKind.BUSINESS_LICENSE, "legal_representative", "余豪俊", 3))
                .isEqualTo("余豪俊");
        assertThat(PipelineReader.withoutLabelTail(CertificateKind.BUSINESS_LICENSE, "legal_representative", "欧阳余豪", 3))
                .as("not a label's end: left as read (and then not counted, being longer)").isEqualTo("欧阳余豪");
    }
}
