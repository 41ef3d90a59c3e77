package org.icpdesk.demo;

import java.util.List;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Order;

/** One generated order: the order as entered, how to draw each material, and its ground truth. */
record PlannedOrder(Order order, List<PlannedMaterial> materials, DemoTruth.TruthOrder truth) {
    PlannedOrder {
        materials = List.copyOf(materials);
    }

    record PlannedMaterial(Material material, ImageSpec spec) {
    }
}
