package dev.docpoet.samples.billing;

import dev.docpoet.ApiDocs;

/**
 * The billing API as its OpenAPI file {@code src/main/docs/billing/openapi.yaml} describes it: a spec is a source like
 * a doc page. Compiling this interface generates {@code Invoice}, {@code InvoiceDraft} and {@code Problem} (named after
 * the spec's component schemas), their enums, {@code BillingEndpoints} and {@code BillingClient}.
 */
@ApiDocs("billing/openapi.yaml")
public interface Billing {}
