import { SpecKittyEventsError } from "../../errors.js";

/**
 * Thrown by `reduceMissionDossier` when two events of one stream carry different
 * namespaces (the reference's `NamespaceMixedStreamError`, a `ValueError` there). The
 * message names both namespaces in Python's model repr:
 * `Namespace mismatch in dossier event stream. Expected: LocalNamespaceTuple(…). Got: LocalNamespaceTuple(…).`
 */
export class NamespaceMixedStreamError extends SpecKittyEventsError {
  constructor(message: string) {
    super(message);
    this.name = "NamespaceMixedStreamError";
  }
}
