/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * The order in which a client tries SRV records (RFC 2782, "Usage rules"):
 * ascending priority; within one priority, a weighted random choice made
 * again for each place, so that a record of weight 60 comes first three times
 * as often as one of weight 20.
 * <p>
 * Weight 0 follows the RFC: such records are put first in the list the choice
 * runs over and the random number is drawn from 0 to the sum of the weights,
 * so they are chosen only when it is 0, "a very small chance" next to
 * weighted ones. Without records of weight 0 the number is drawn from 1 to the
 * sum, which keeps the shares exactly proportional (the RFC's 0-to-sum rule
 * would give the first record one extra chance). When only records of weight
 * 0 are left, each is equally likely.
 * <p>
 * Records of one priority are sorted (weight, target, port) before the choice,
 * so the order depends on the random numbers only, never on the order the
 * server sent: the same seed gives the same order.
 */
public final class SrvOrder {

    private static final Comparator<SrvTarget> CANONICAL = Comparator.comparingInt(SrvTarget::weight)
            .thenComparing(SrvTarget::target).thenComparingInt(SrvTarget::port);

    private SrvOrder() {
    }

    /**
     * @param seed a seed for a repeatable order, or {@code null} for a random one as clients make it
     * @return random numbers for {@link #order}; consecutive seeds give unrelated sequences
     *         (unlike {@link java.util.Random}, whose first numbers from nearby seeds are alike)
     */
    public static RandomGenerator random(Long seed) {
        return seed == null ? ThreadLocalRandom.current() : new SplittableRandom(seed);
    }

    /**
     * @param records the records of one answer, in any order
     * @param random  where the random numbers come from
     * @return the records in the order a client tries them
     */
    public static List<SrvTarget> order(List<SrvTarget> records, RandomGenerator random) {
        Map<Integer, List<SrvTarget>> byPriority = new TreeMap<>();
        for (SrvTarget record : records) {
            byPriority.computeIfAbsent(record.priority(), priority -> new ArrayList<>()).add(record);
        }
        List<SrvTarget> ordered = new ArrayList<>(records.size());
        for (List<SrvTarget> group : byPriority.values()) {
            group.sort(CANONICAL);
            while (!group.isEmpty()) {
                ordered.add(group.remove(choose(group, random)));
            }
        }
        return ordered;
    }

    /** @return the index of the record chosen for the next place */
    private static int choose(List<SrvTarget> group, RandomGenerator random) {
        long sum = group.stream().mapToLong(SrvTarget::weight).sum();
        if (sum == 0) {
            return random.nextInt(group.size());
        }
        boolean hasZero = group.get(0).weight() == 0;
        long pick = hasZero ? random.nextLong(sum + 1) : 1 + random.nextLong(sum);
        long running = 0;
        for (int i = 0; i < group.size(); i++) {
            running += group.get(i).weight();
            if (running >= pick) {
                return i;
            }
        }
        return group.size() - 1;
    }
}
