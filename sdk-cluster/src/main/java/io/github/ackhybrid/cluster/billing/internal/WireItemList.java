package io.github.ackhybrid.cluster.billing.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code {"Item": [...]}} wrapper the Query* operations put their items in; the Describe*
 * operations use a plain array instead.
 *
 * @param item the items
 */
record WireItemList(@JsonProperty("Item") List<WireBillLine> item) {}
