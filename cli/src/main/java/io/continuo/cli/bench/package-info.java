/** Benchmarks whose figures docs/performance.md quotes; timings belong here, never in unit tests. */
package io.continuo.cli.bench;
