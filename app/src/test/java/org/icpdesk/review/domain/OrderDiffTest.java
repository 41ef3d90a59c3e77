package org.icpdesk.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.Site;
import org.icpdesk.testing.SmallBundles;
import org.junit.jupiter.api.Test;

class OrderDiffTest {
    @Test
    void sameContentHasNoChanges() {
        assertThat(OrderDiff.between(SmallBundles.order(1, 1, ""), SmallBundles.order(1, 2, ""))).isEmpty();
    }

    @Test
    void fieldByFieldWithSitePaths() {
        Order before = SmallBundles.order(1, 1, "");
        Order changed = SmallBundles.order(1, 2, "b");
        Site site = changed.sites().get(0);
        Site other = new Site(site.name(), List.of("example1.cn", "example1.com.cn"), site.homepageUrl(), site.contentType(),
                site.languages(), site.ips(), site.remark(), site.principal(), site.preApprovals(), site.accessMethod(), site.serverLocation());
        Order after = new Order(changed.id(), changed.version(), changed.type(), changed.provider(), "11", changed.submittedAt(),
                changed.consentsToAssistedEdit(), changed.filingNumber(), changed.subject(), changed.principal(),
                List.of(site, other), changed.materials());
        List<OrderDiff.Change> changes = OrderDiff.between(before, after);
        assertThat(changes).extracting(OrderDiff.Change::field)
                .contains("province", "subject.name", "sites[1].name", "sites[1].domains", "sites[1].principal.name")
                .doesNotContain("sites[0].name", "submittedAt", "version");
        assertThat(changes).filteredOn(c -> c.field().equals("sites[1].domains")).singleElement()
                .satisfies(c -> {
                    assertThat(c.before()).isNull();
                    assertThat(c.after()).isEqualTo("example1.cn, example1.com.cn");
                });
    }
}
