import { msg, type Message } from '../messages/message.js';
import { didYouMean } from '../suggest.js';
import type { Rule } from './rule.js';
import automatedDecisions from './rules/automated-decisions.js';
import complaintAuthority from './rules/complaint-authority.js';
import consentWithdrawal from './rules/consent-withdrawal.js';
import controllerIdentity from './rules/controller-identity.js';
import cookieConsent from './rules/cookie-consent.js';
import dataCategories from './rules/data-categories.js';
import dataOrigin from './rules/data-origin.js';
import dateExists from './rules/date-exists.js';
import dpoContact from './rules/dpo-contact.js';
import euRepresentative from './rules/eu-representative.js';
import emailAddress from './rules/email-address.js';
import emptyText from './rules/empty-text.js';
import flemishSupervisor from './rules/flemish-supervisor.js';
import jointControllers from './rules/joint-controllers.js';
import judicialDataBasis from './rules/judicial-data-basis.js';
import kboNumber from './rules/kbo-number.js';
import legalBasis from './rules/legal-basis.js';
import legalBasisLaw from './rules/legal-basis-law.js';
import legalBasisPerPurpose from './rules/legal-basis-per-purpose.js';
import legitimateInterest from './rules/legitimate-interest.js';
import outdatedAuthorityName from './rules/outdated-authority-name.js';
import phoneNumber from './rules/phone-number.js';
import placeholderText from './rules/placeholder-text.js';
import processorAgreement from './rules/processor-agreement.js';
import processorRole from './rules/processor-role.js';
import protocolContents from './rules/protocol-contents.js';
import publicLegitimateInterest from './rules/public-legitimate-interest.js';
import purposes from './rules/purposes.js';
import recipients from './rules/recipients.js';
import retention from './rules/retention.js';
import retentionPeriod from './rules/retention-period.js';
import rightAccess from './rules/right-access.js';
import rightApplies from './rules/right-applies.js';
import rightErasure from './rules/right-erasure.js';
import rightObjection from './rules/right-objection.js';
import rightPortability from './rules/right-portability.js';
import rightRectification from './rules/right-rectification.js';
import rightRestriction from './rules/right-restriction.js';
import rightsFee from './rules/rights-fee.js';
import specialCategoryGround from './rules/special-category-ground.js';
import statutoryRequirement from './rules/statutory-requirement.js';
import thirdCountryTransfers from './rules/third-country-transfers.js';
import undefinedReference from './rules/undefined-reference.js';
import urlScheme from './rules/url-scheme.js';
import versionDate from './rules/version-date.js';

/** Every rule, in the order of the completeness report: art. 13/14 items first, then consistency, then identifiers. */
export const rules: readonly Rule[] = [
  controllerIdentity, dpoContact, jointControllers, euRepresentative, purposes, legalBasis, legalBasisPerPurpose, legalBasisLaw,
  legitimateInterest, recipients, processorAgreement, processorRole, thirdCountryTransfers, retention, retentionPeriod,
  rightAccess, rightRectification, rightErasure, rightRestriction, rightObjection, rightPortability, rightApplies,
  consentWithdrawal, rightsFee, complaintAuthority, outdatedAuthorityName, statutoryRequirement, automatedDecisions,
  dataOrigin, dataCategories, specialCategoryGround, judicialDataBasis, publicLegitimateInterest, flemishSupervisor,
  cookieConsent, emptyText, placeholderText, versionDate, undefinedReference, protocolContents, kboNumber, emailAddress, urlScheme,
  phoneNumber, dateExists,
];

export const ruleIds = rules.map((rule) => rule.id);

/** Rule ids that are gone, and what took their place: a config or an ignore that names one is told so. */
const REPLACED: Record<string, Message> = {
  'data-sources': msg('config.replaced-data-sources'),
};

/** Why `id` is not a rule, for a diagnostic: what replaced it, or the nearest rule id. */
export const unknownRule = (id: string): Message =>
  REPLACED[id] ? msg('config.replaced-rule', { id, replacement: REPLACED[id] }) : msg('config.unknown-rule', { id, hint: didYouMean(id, ruleIds) });
