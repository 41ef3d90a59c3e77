package org.icpdesk.ocr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Field extraction from lines the engines really read from demo certificates (probe output: confidence, x,y,w,h, text). */
class LayoutFieldExtractorTest {

    private final LayoutFieldExtractor extractor = new LayoutFieldExtractor();

    static OcrPage page(int w, int h, String probeOutput) {
        List<TextLine> lines = new ArrayList<>();
        for (String l : probeOutput.strip().split("\n")) {
            String[] p = l.strip().split(" ", 3);
            String[] b = p[1].split(",");
            lines.add(new TextLine(p[2], Double.parseDouble(p[0]), new Box(Integer.parseInt(b[0]), Integer.parseInt(b[1]),
                    Integer.parseInt(b[2]), Integer.parseInt(b[3]))));
        }
        return new OcrPage(w, h, lines);
    }

    static final String ID_FRONT_PPOCR = """
            1.00 176,77,125,46 方建勇
            1.00 64,82,70,42 姓名
            1.00 176,157,46,44 男
            1.00 400,157,51,42 汉
            1.00 306,160,73,41 民族
            0.99 66,161,69,39 性别
            1.00 177,236,301,39 1962年8月31日
            1.00 66,240,67,37 出生
            0.99 182,315,436,37 福建省泉州市丰泽区滨河
            1.00 65,316,67,38 住址
            1.00 182,368,289,36 路67号6号楼304
            1.00 321,536,549,37 350503196208314097
            1.00 71,541,180,33 公民身份号码
            """;

    /** Tesseract lost the name line, kept label noise (“) and added a digit to the number. */
    static final String ID_FRONT_TESSERACT = """
            0.78 73,241,404,32 出生“ “1962年8月31日
            0.90 71,315,547,37 住址“福建省泉州市丰泽区滨河
            0.95 182,368,289,36 路67号6号楼304
            0.00 73,539,797,32 公民身份码3520503196208314097
            """;

    static final String ID_BACK_PPOCR = """
            0.99 300,102,430,51 中华人民共和国
            0.99 311,215,440,76 居民身份证
            1.00 352,448,338,34 泉州市公安局丰泽分局
            1.00 195,450,121,32 签发机关
            1.00 194,526,124,35 有效期限
            1.00 350,526,248,34 2011.09.15-长期
            """;

    static final String ID_BACK_TESSERACT = """
            0.89 76,62,653,160 由中华人民共和国
            0.96 309,216,442,74 居民身份证
            0.88 198,449,490,32 签发机关“泉州市公安局丰泽分局
            0.88 198,527,399,31 有效期限“2011.09.15-长期
            """;

    static final String DOMAIN_PPOCR = """
            1.00 377,96,438,61 域名注册证书
            0.90 376,175,448,32 Domain Name Registration Certificate
            0.79 148,288,513,44 域名： fangjianyongjournal.com
            1.00 148,363,252,40 注册者：方建勇
            1.00 150,443,361,34 注册日期：2017-01-18
            0.99 150,519,359,31 到期日期：2028-01-18
            1.00 149,608,620,32 注册服务机构：腾讯云计算（北京）有限责任公司
            0.68 954,633,61,31 (北京）
            1.00 151,674,355,23 证书编号：ZC2017011854300112
            1.00 149,722,633,27 特此证明。本证书仅证明上述域名截至颁发之日的注册信息。
            """;

    static final String DOMAIN_TESSERACT = """
            0.93 378,98,435,58 域名注册证书
            0.92 381,180,440,26 Domain Name Registration Certificate
            0.77 152,292,505,37 域名: fangjianyongjournal,com
            0.82 152,367,244,32 注册者:方建勇
            0.90 152,444,356,31 注册日期: 2017-01-18
            0.90 152,520,356,31 到期日期: 2028-01-18
            0.88 151,611,616,28 注册服务机构:腾讯云计算(北京)有限责任公司
            0.87 151,675,353,21 证书编号: ZC2017011854300112
            0.93 151,725,630,22 特此证明。本证书仅证明上述域名截至颁发之日的注册信息。
            """;

    static final String LICENSE_PPOCR = """
            0.99 467,164,453,105 营业执照
            0.80 644,272,109,39 (副本）
            1.00 107,275,225,33 统一社会信用代码
            0.99 109,322,411,30 91110102MAK2PPYG7T
            1.00 105,391,67,38 名称
            0.99 929,393,160,34 伍拾万元整
            0.99 280,395,444,30 北京弘毅建筑工程有限责任公司
            1.00 768,395,121,31 注册资本
            1.00 105,457,66,38 类型
            1.00 927,457,238,35 2023年01月10日
            1.00 767,459,122,34 成立日期
            1.00 279,461,445,30 有限责任公司（自然人投资或控
            0.98 271,498,67,45 股)
            1.00 926,523,69,37 长期
            1.00 768,525,122,34 营业期限
            1.00 106,568,270,37 法定代表人周薇雯
            1.00 765,590,67,37 住所
            1.00 931,593,369,30 北京市西城区花园路123号
            1.00 107,636,122,34 经营范围
            1.00 929,636,263,33 国际大厦5层517室
            0.98 278,642,433,26 建设工程施工；建筑材料销售；工程管理
            0.99 279,676,432,27 服务；园林绿化工程施工。（依法须经批
            1.00 276,708,435,28 准的项目，经相关部门批准后方可开展经
            0.96 275,741,96,32 营活动）
            1.00 797,784,123,34 登记机关
            0.97 954,844,201,32 2023年02月08日
            0.85 105,875,513,30 国家企业信用信息公示系统网址：http://www.gsxt.gov.cn
            """;

    private static String value(Map<String, FieldReading> f, String key) {
        return f.get(key).value();
    }

    @Test
    void idFrontFromPpOcrLines() {
        Map<String, FieldReading> f = extractor.extract(CertificateKind.ID_CARD_FRONT, page(1024, 648, ID_FRONT_PPOCR));
        assertThat(value(f, "name")).isEqualTo("方建勇");
        assertThat(value(f, "sex")).isEqualTo("男");
        assertThat(value(f, "ethnicity")).isEqualTo("汉");
        assertThat(value(f, "birth_date")).isEqualTo("1962-08-31");
        assertThat(value(f, "address")).isEqualTo("福建省泉州市丰泽区滨河路67号6号楼304");
        assertThat(f.get("address").box()).isEqualTo(new Box(182, 315, 436, 89));
        assertThat(value(f, "id_number")).isEqualTo("350503196208314097");
        assertThat(f.get("id_number").box()).isEqualTo(new Box(321, 536, 549, 37));
        assertThat(f.values()).noneMatch(FieldReading::corrected);
    }

    @Test
    void idFrontFromTesseractLinesRepairsTheNumberByCheckDigitAndBirthDate() {
        Map<String, FieldReading> f = extractor.extract(CertificateKind.ID_CARD_FRONT, page(1024, 648, ID_FRONT_TESSERACT));
        assertThat(value(f, "name")).isNull();
        assertThat(value(f, "birth_date")).isEqualTo("1962-08-31");
        assertThat(value(f, "address")).isEqualTo("福建省泉州市丰泽区滨河路67号6号楼304");
        assertThat(value(f, "id_number")).isEqualTo("350503196208314097");
        assertThat(f.get("id_number").corrected()).isTrue();
        assertThat(value(f, "sex")).isEqualTo("男");
        assertThat(f.get("sex").corrected()).isTrue();
        // the value's part of the line, not the label's
        assertThat(f.get("address").box().x()).isGreaterThan(71 + 547 / 12);
    }

    @Test
    void idBackFromBothEngines() {
        for (String lines : List.of(ID_BACK_PPOCR, ID_BACK_TESSERACT)) {
            Map<String, FieldReading> f = extractor.extract(CertificateKind.ID_CARD_BACK, page(1024, 648, lines));
            assertThat(value(f, "issuing_authority")).isEqualTo("泉州市公安局丰泽分局");
            assertThat(value(f, "valid_from")).isEqualTo("2011-09-15");
            assertThat(value(f, "valid_to")).isEqualTo("长期");
        }
    }

    @Test
    void domainCertificateFromBothEngines() {
        for (String lines : List.of(DOMAIN_PPOCR, DOMAIN_TESSERACT)) {
            Map<String, FieldReading> f = extractor.extract(CertificateKind.DOMAIN_CERTIFICATE, page(1200, 850, lines));
            assertThat(value(f, "domain")).isEqualTo("fangjianyongjournal.com");
            assertThat(value(f, "registrant")).isEqualTo("方建勇");
            assertThat(value(f, "registered_date")).isEqualTo("2017-01-18");
            assertThat(value(f, "expiry_date")).isEqualTo("2028-01-18");
        }
    }

    @Test
    void licenseInTwoColumns() {
        Map<String, FieldReading> f = extractor.extract(CertificateKind.BUSINESS_LICENSE, page(1400, 1000, LICENSE_PPOCR));
        assertThat(value(f, "credit_code")).isEqualTo("91110102MAK2PPYG7T");
        assertThat(value(f, "name")).isEqualTo("北京弘毅建筑工程有限责任公司");
        assertThat(value(f, "type")).isEqualTo("有限责任公司（自然人投资或控股）");
        assertThat(value(f, "legal_representative")).isEqualTo("周薇雯");
        assertThat(value(f, "address")).isEqualTo("北京市西城区花园路123号国际大厦5层517室");
        assertThat(value(f, "registered_capital")).isEqualTo("伍拾万元整");
        assertThat(value(f, "established_date")).isEqualTo("2023-01-10");
    }

    /**
     * hard-business-license-006 (keystoned desk photo, 640 px): the detector joined the name with the capital's cell and
     * the recogniser lost 册 of 注册资本; the name's last character wrapped (司); 类型 was misread 美型.
     */
    static final String LICENSE_NAME_JOINED_WITH_NEXT_CELL = """
            0.97 221,189,123,40 营业执照
            0.99 133,223,61,15 统一社会信用代码
            0.88 267,223,36,15 （副本）
            0.98 132,235,112,17 91330108MAJKU73J7D
            0.90 135,256,21,16 名称
            0.93 176,256,209,16 杭州市星河文化传播有限责任公注资本壹拾万元整
            0.97 178,269,13,13 司
            0.97 298,272,108,18 成立日期2025年07月02日
            0.98 178,285,118,17 有限责任公司（自然人投资或控
            0.70 138,286,18,14 美型
            0.81 298,291,61,15 营业期限长期
            0.80 180,299,19,12 股）
            0.94 298,308,22,16 住所
            0.97 337,308,95,15 杭州市滨江区东风路309号
            0.84 140,314,70,15 法定代表人姜轩刚
            0.99 337,321,78,14 星河大厦19层1915室
            0.92 141,331,35,15 经营范围
            0.46 182,331,108,15 经职文化艺术交流活动：会议及展觉服务：
            0.84 306,358,32,12 置记机关
            """;

    /** hard-business-license-009: the name is followed by the type line, whose label was misread AR. */
    static final String LICENSE_NAME_ABOVE_TYPE = """
            0.97 219,127,158,39 营业执照
            0.92 92,165,84,18 统一社会信用代码
            0.79 279,165,45,18 （副本）
            0.87 89,179,153,22 91320102MAP6LQDW8T
            0.88 320,205,122,24 注册资本壹佰万元整
            0.99 88,209,28,20 名称
            0.99 148,210,154,17 南京市海纳网络科技有限公司
            0.95 146,233,154,22 有限责任公司（自然人独资）
            0.99 369,233,106,20 2017年11月29日
            0.34 85,235,27,20 AR
            0.96 324,235,51,18 成立日期
            0.98 83,262,61,18 法定代表人
            0.60 143,261,42,19 余豪俊
            0.91 325,261,49,18 营业期限
            """;

    @Test
    void aLineSpanningTwoCellsIsSplitAtALabelMissingACharacter() {
        Map<String, FieldReading> f = extractor.extract(CertificateKind.BUSINESS_LICENSE, page(640, 457, LICENSE_NAME_JOINED_WITH_NEXT_CELL));
        assertThat(value(f, "name")).isEqualTo("杭州市星河文化传播有限责任公司");
        assertThat(value(f, "registered_capital")).isEqualTo("壹拾万元整");
        assertThat(value(f, "legal_representative")).isEqualTo("姜轩刚");
    }

    @Test
    void aBusinessNameEndsWithItsFormAndDoesNotTakeTheTypeLine() {
        Map<String, FieldReading> f = extractor.extract(CertificateKind.BUSINESS_LICENSE, page(640, 457, LICENSE_NAME_ABOVE_TYPE));
        assertThat(value(f, "name")).isEqualTo("南京市海纳网络科技有限公司");
        assertThat(value(f, "credit_code")).isEqualTo("91320102MAP6LQDW8T");
    }

    @Test
    void aLineWithAMisreadLabelCellOfItsOwnIsNotPartOfTheNameAbove() {
        String lines = LICENSE_NAME_ABOVE_TYPE.replace("南京市海纳网络科技有限公司", "南京市海纳网络科技服务");
        Map<String, FieldReading> f = extractor.extract(CertificateKind.BUSINESS_LICENSE, page(640, 457, lines));
        assertThat(value(f, "name")).isEqualTo("南京市海纳网络科技服务");
    }

    @Test
    void aBusinessNameGoesOnWhenWrappedAtItsFormOrInsideIt() {
        Map<String, FieldReading> f = extractor.extract(CertificateKind.BUSINESS_LICENSE, page(640, 457, """
                0.99 88,209,28,20 名称
                0.99 148,210,154,17 杭州市星河文化传播投资合伙企业
                0.98 148,232,70,17 （有限合伙）
                0.99 86,258,28,20 类型
                0.95 146,258,154,22 有限合伙企业
                """));
        assertThat(value(f, "name")).isEqualTo("杭州市星河文化传播投资合伙企业（有限合伙）");
        assertThat(value(f, "type")).isEqualTo("有限合伙企业");
        f = extractor.extract(CertificateKind.BUSINESS_LICENSE, page(640, 457, """
                0.99 88,209,28,20 名称
                0.99 148,210,154,17 杭州市星河文化传播有限责
                0.98 148,232,60,17 任公司
                0.99 86,258,28,20 类型
                0.95 146,258,154,22 有限责任公司（自然人独资）
                """));
        assertThat(value(f, "name")).isEqualTo("杭州市星河文化传播有限责任公司");
    }

    /** Labels split by the engine (姓 | 名), two fields in one line, full-width digits, an ethnicity with 族. */
    @Test
    void splitLabelsAndSeveralFieldsInOneLine() {
        Map<String, FieldReading> f = extractor.extract(CertificateKind.ID_CARD_FRONT, page(1024, 648, """
                0.95 64,82,30,42 姓
                0.95 104,82,30,42 名
                0.97 176,77,125,46 方建勇
                0.90 66,157,400,44 性别 男  民族： 汉族
                0.93 66,236,420,39 出生 １９６２年８月３１日
                0.92 65,315,553,37 住址 福建省泉州市丰泽区滨河
                0.96 182,368,289,36 路67号6号楼304
                0.91 71,536,799,37 公民身份号码 350503196208314097
                """));
        assertThat(value(f, "name")).isEqualTo("方建勇");
        assertThat(value(f, "sex")).isEqualTo("男");
        assertThat(value(f, "ethnicity")).isEqualTo("汉");
        assertThat(value(f, "birth_date")).isEqualTo("1962-08-31");
        assertThat(value(f, "address")).isEqualTo("福建省泉州市丰泽区滨河路67号6号楼304");
        assertThat(value(f, "id_number")).isEqualTo("350503196208314097");
        assertThat(f.get("sex").box().x()).isGreaterThan(66).isLessThan(66 + 400 / 2);
    }

    /** A card photographed 8 degrees off, deskewed: the boxes of label and value overlap a little. */
    @Test
    void valueBoxOverlappingItsLabel() {
        Map<String, FieldReading> f = extractor.extract(CertificateKind.ID_CARD_BACK, page(640, 498, """
                1.00 210,134,222,30 中华人民共和国
                1.00 216,192,227,40 居民身份证
                1.00 218,309,195,23 郑州市公安局金水分局
                1.00 158,311,67,20 签发机关
                1.00 158,349,65,20 有效期限
                0.99 234,350,184,20 2016.01.04-2036.01.04
                """));
        assertThat(value(f, "issuing_authority")).isEqualTo("郑州市公安局金水分局");
        assertThat(value(f, "valid_from")).isEqualTo("2016-01-04");
        assertThat(value(f, "valid_to")).isEqualTo("2036-01-04");
    }

    @Test
    void oneFieldReadAgainOnItsOwn() {
        Map<String, FieldReading> context = Map.of("birth_date", new FieldReading("1962-08-31", 1, new Box(0, 0, 1, 1), false),
                "sex", new FieldReading("男", 1, new Box(0, 0, 1, 1), false));
        assertThat(LayoutFieldExtractor.correctField(CertificateKind.ID_CARD_FRONT, "id_number", "公民身份号码 3505031962O8314097", 0.9,
                context)).isEqualTo(new Corrections.Corrected("350503196208314097", true, true));
        assertThat(LayoutFieldExtractor.correctField(CertificateKind.BUSINESS_LICENSE, "credit_code", "91110102MA0J5BCX83", 0.9,
                Map.of()).valid()).isTrue();
        assertThat(LayoutFieldExtractor.correctField(CertificateKind.ID_CARD_BACK, "valid_to", "有效期限“2011.09.15-长期", 0.9,
                Map.of()).value()).isEqualTo("长期");
    }

    @Test
    void classifiesByLabels() {
        assertThat(LayoutFieldExtractor.classify(page(1024, 648, ID_FRONT_PPOCR))).isEqualTo(CertificateKind.ID_CARD_FRONT);
        assertThat(LayoutFieldExtractor.classify(page(1024, 648, ID_FRONT_TESSERACT))).isEqualTo(CertificateKind.ID_CARD_FRONT);
        assertThat(LayoutFieldExtractor.classify(page(1024, 648, ID_BACK_TESSERACT))).isEqualTo(CertificateKind.ID_CARD_BACK);
        assertThat(LayoutFieldExtractor.classify(page(1400, 1000, LICENSE_PPOCR))).isEqualTo(CertificateKind.BUSINESS_LICENSE);
        assertThat(LayoutFieldExtractor.classify(page(1200, 850, DOMAIN_PPOCR))).isEqualTo(CertificateKind.DOMAIN_CERTIFICATE);
        assertThat(LayoutFieldExtractor.isNotKind(CertificateKind.ID_CARD_FRONT, page(1200, 850, DOMAIN_PPOCR))).isTrue();
        assertThat(LayoutFieldExtractor.classify(page(800, 600, "0.9 10,10,200,30 欢迎光临\n0.9 10,60,200,30 手账日记"))).isNull();
    }
}
