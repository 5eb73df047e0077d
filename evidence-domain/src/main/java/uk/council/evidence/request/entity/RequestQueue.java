package uk.council.evidence.request.entity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One page of the queue of requests.
 *
 * @param rows the page's requests, in the queue's order
 * @param page the page shown, from 1
 * @param pages how many pages the queue fills (at least 1)
 * @param total how many requests are in the queue
 * @param counts the queue's requests by urgency
 */
public record RequestQueue(
    List<RequestRow> rows, int page, int pages, long total, Map<Urgency, Long> counts) {

  public RequestQueue {
    rows = List.copyOf(rows);
    // In the order of urgency, the most urgent first.
    counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
  }

  /** How many pages of {@code pageSize} {@code total} requests fill: at least 1. */
  public static int pages(long total, int pageSize) {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }
}
