// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"ArtifactIdentity":{"description":"Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.","properties":{"artifact_class":{"enum":["input","workflow","output","evidence","policy","runtime"],"title":"Artifact Class","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"path":{"description":"Repository-relative path","minLength":1,"title":"Path","type":"string"},"run_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Run Id"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Wp Id"}},"required":["mission_key","path","artifact_class"],"title":"ArtifactIdentity","type":"object"},"LocalNamespaceTuple":{"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"},"ProvenanceRef":{"description":"Source trace connecting an artifact or event to its authoritative origin.","properties":{"actor_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Actor Id"},"actor_kind":{"anyOf":[{"enum":["human","llm","system"],"type":"string"},{"type":"null"}],"default":null,"title":"Actor Kind"},"git_ref":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Ref"},"git_sha":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Sha"},"revised_at":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"ISO 8601","title":"Revised At"},"source_event_ids":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"title":"Source Event Ids"}},"title":"ProvenanceRef","type":"object"}},"$id":"spec-kitty-events/mission_dossier_artifact_missing_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for MissionDossierArtifactMissing events.","properties":{"checked_at":{"description":"ISO 8601","title":"Checked At","type":"string"},"context_diagnostics":{"anyOf":[{"additionalProperties":{"type":"string"},"type":"object"},{"type":"null"}],"default":null,"title":"Context Diagnostics"},"expected_identity":{"$ref":"#/$defs/ArtifactIdentity","description":"Carries path and artifact_class of missing artifact"},"last_known_ref":{"anyOf":[{"$ref":"#/$defs/ProvenanceRef"},{"type":"null"}],"default":null},"manifest_step":{"description":"\"required_always\" or step_id","minLength":1,"title":"Manifest Step","type":"string"},"namespace":{"$ref":"#/$defs/LocalNamespaceTuple"},"remediation_hint":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Remediation Hint"}},"required":["namespace","expected_identity","manifest_step","checked_at"],"title":"MissionDossierArtifactMissingPayload","type":"object"};
const schema32 = {"description":"Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.","properties":{"artifact_class":{"enum":["input","workflow","output","evidence","policy","runtime"],"title":"Artifact Class","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"path":{"description":"Repository-relative path","minLength":1,"title":"Path","type":"string"},"run_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Run Id"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Wp Id"}},"required":["mission_key","path","artifact_class"],"title":"ArtifactIdentity","type":"object"};
const schema33 = {"description":"Source trace connecting an artifact or event to its authoritative origin.","properties":{"actor_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Actor Id"},"actor_kind":{"anyOf":[{"enum":["human","llm","system"],"type":"string"},{"type":"null"}],"default":null,"title":"Actor Kind"},"git_ref":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Ref"},"git_sha":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Sha"},"revised_at":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"ISO 8601","title":"Revised At"},"source_event_ids":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"title":"Source Event Ids"}},"title":"ProvenanceRef","type":"object"};
const schema34 = {"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func76 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_dossier_artifact_missing_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.namespace === undefined) || (!(func0.call(data, "namespace")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "namespace"},message:"must have required property '"+"namespace"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.expected_identity === undefined) || (!(func0.call(data, "expected_identity")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expected_identity"},message:"must have required property '"+"expected_identity"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.manifest_step === undefined) || (!(func0.call(data, "manifest_step")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "manifest_step"},message:"must have required property '"+"manifest_step"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.checked_at === undefined) || (!(func0.call(data, "checked_at")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checked_at"},message:"must have required property '"+"checked_at"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.checked_at !== undefined && func0.call(data, "checked_at")){
let data0 = data.checked_at;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/checked_at",schemaPath:"#/properties/checked_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.checked_at.type,parentSchema:schema31.properties.checked_at,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.context_diagnostics !== undefined && func0.call(data, "context_diagnostics")){
let data1 = data.context_diagnostics;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 of Object.keys(data1)){
let data2 = data1[key0];
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/context_diagnostics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/context_diagnostics/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.context_diagnostics.anyOf[0].additionalProperties.type,parentSchema:schema31.properties.context_diagnostics.anyOf[0].additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.context_diagnostics.anyOf[0].type,parentSchema:schema31.properties.context_diagnostics.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs11 = errors;
if(data1 !== null){
const err7 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.context_diagnostics.anyOf[1].type,parentSchema:schema31.properties.context_diagnostics.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err8 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.context_diagnostics.anyOf,parentSchema:schema31.properties.context_diagnostics,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.expected_identity !== undefined && func0.call(data, "expected_identity")){
let data3 = data.expected_identity;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.mission_key === undefined) || (!(func0.call(data3, "mission_key")))){
const err9 = {instancePath:instancePath+"/expected_identity",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema32.required,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data3.path === undefined) || (!(func0.call(data3, "path")))){
const err10 = {instancePath:instancePath+"/expected_identity",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema32.required,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((data3.artifact_class === undefined) || (!(func0.call(data3, "artifact_class")))){
const err11 = {instancePath:instancePath+"/expected_identity",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "artifact_class"},message:"must have required property '"+"artifact_class"+"'",schema:schema32.required,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.artifact_class !== undefined && func0.call(data3, "artifact_class")){
let data4 = data3.artifact_class;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/expected_identity/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.artifact_class.type,parentSchema:schema32.properties.artifact_class,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((((((data4 === "input") || (data4 === "workflow")) || (data4 === "output")) || (data4 === "evidence")) || (data4 === "policy")) || (data4 === "runtime"))){
const err13 = {instancePath:instancePath+"/expected_identity/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/enum",keyword:"enum",params:{allowedValues: schema32.properties.artifact_class.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.artifact_class.enum,parentSchema:schema32.properties.artifact_class,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.mission_key !== undefined && func0.call(data3, "mission_key")){
let data5 = data3.mission_key;
if(typeof data5 === "string"){
if(func76(data5) < 1){
const err14 = {instancePath:instancePath+"/expected_identity/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.mission_key,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/expected_identity/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.mission_key.type,parentSchema:schema32.properties.mission_key,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.path !== undefined && func0.call(data3, "path")){
let data6 = data3.path;
if(typeof data6 === "string"){
if(func76(data6) < 1){
const err16 = {instancePath:instancePath+"/expected_identity/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.path,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/expected_identity/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.path.type,parentSchema:schema32.properties.path,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.run_id !== undefined && func0.call(data3, "run_id")){
let data7 = data3.run_id;
const _errs23 = errors;
let valid5 = false;
const _errs24 = errors;
if(typeof data7 !== "string"){
const err18 = {instancePath:instancePath+"/expected_identity/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.run_id.anyOf[0].type,parentSchema:schema32.properties.run_id.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid5 = valid5 || _valid1;
const _errs26 = errors;
if(data7 !== null){
const err19 = {instancePath:instancePath+"/expected_identity/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema32.properties.run_id.anyOf[1].type,parentSchema:schema32.properties.run_id.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs26 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const err20 = {instancePath:instancePath+"/expected_identity/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.run_id.anyOf,parentSchema:schema32.properties.run_id,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data3.wp_id !== undefined && func0.call(data3, "wp_id")){
let data8 = data3.wp_id;
const _errs29 = errors;
let valid6 = false;
const _errs30 = errors;
if(typeof data8 !== "string"){
const err21 = {instancePath:instancePath+"/expected_identity/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.wp_id.anyOf[0].type,parentSchema:schema32.properties.wp_id.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid2 = _errs30 === errors;
valid6 = valid6 || _valid2;
const _errs32 = errors;
if(data8 !== null){
const err22 = {instancePath:instancePath+"/expected_identity/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema32.properties.wp_id.anyOf[1].type,parentSchema:schema32.properties.wp_id.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs32 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const err23 = {instancePath:instancePath+"/expected_identity/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.wp_id.anyOf,parentSchema:schema32.properties.wp_id,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/expected_identity",schemaPath:"#/$defs/ArtifactIdentity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.last_known_ref !== undefined && func0.call(data, "last_known_ref")){
let data9 = data.last_known_ref;
const _errs35 = errors;
let valid7 = false;
const _errs36 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.actor_id !== undefined && func0.call(data9, "actor_id")){
let data10 = data9.actor_id;
const _errs40 = errors;
let valid10 = false;
const _errs41 = errors;
if(typeof data10 !== "string"){
const err25 = {instancePath:instancePath+"/last_known_ref/actor_id",schemaPath:"#/$defs/ProvenanceRef/properties/actor_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.actor_id.anyOf[0].type,parentSchema:schema33.properties.actor_id.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid4 = _errs41 === errors;
valid10 = valid10 || _valid4;
const _errs43 = errors;
if(data10 !== null){
const err26 = {instancePath:instancePath+"/last_known_ref/actor_id",schemaPath:"#/$defs/ProvenanceRef/properties/actor_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema33.properties.actor_id.anyOf[1].type,parentSchema:schema33.properties.actor_id.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid4 = _errs43 === errors;
valid10 = valid10 || _valid4;
if(!valid10){
const err27 = {instancePath:instancePath+"/last_known_ref/actor_id",schemaPath:"#/$defs/ProvenanceRef/properties/actor_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema33.properties.actor_id.anyOf,parentSchema:schema33.properties.actor_id,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
}
if(data9.actor_kind !== undefined && func0.call(data9, "actor_kind")){
let data11 = data9.actor_kind;
const _errs46 = errors;
let valid11 = false;
const _errs47 = errors;
if(typeof data11 !== "string"){
const err28 = {instancePath:instancePath+"/last_known_ref/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.actor_kind.anyOf[0].type,parentSchema:schema33.properties.actor_kind.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data11 === "human") || (data11 === "llm")) || (data11 === "system"))){
const err29 = {instancePath:instancePath+"/last_known_ref/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema33.properties.actor_kind.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema33.properties.actor_kind.anyOf[0].enum,parentSchema:schema33.properties.actor_kind.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid5 = _errs47 === errors;
valid11 = valid11 || _valid5;
const _errs49 = errors;
if(data11 !== null){
const err30 = {instancePath:instancePath+"/last_known_ref/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema33.properties.actor_kind.anyOf[1].type,parentSchema:schema33.properties.actor_kind.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid5 = _errs49 === errors;
valid11 = valid11 || _valid5;
if(!valid11){
const err31 = {instancePath:instancePath+"/last_known_ref/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema33.properties.actor_kind.anyOf,parentSchema:schema33.properties.actor_kind,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
if(data9.git_ref !== undefined && func0.call(data9, "git_ref")){
let data12 = data9.git_ref;
const _errs52 = errors;
let valid12 = false;
const _errs53 = errors;
if(typeof data12 !== "string"){
const err32 = {instancePath:instancePath+"/last_known_ref/git_ref",schemaPath:"#/$defs/ProvenanceRef/properties/git_ref/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.git_ref.anyOf[0].type,parentSchema:schema33.properties.git_ref.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid6 = _errs53 === errors;
valid12 = valid12 || _valid6;
const _errs55 = errors;
if(data12 !== null){
const err33 = {instancePath:instancePath+"/last_known_ref/git_ref",schemaPath:"#/$defs/ProvenanceRef/properties/git_ref/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema33.properties.git_ref.anyOf[1].type,parentSchema:schema33.properties.git_ref.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid6 = _errs55 === errors;
valid12 = valid12 || _valid6;
if(!valid12){
const err34 = {instancePath:instancePath+"/last_known_ref/git_ref",schemaPath:"#/$defs/ProvenanceRef/properties/git_ref/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema33.properties.git_ref.anyOf,parentSchema:schema33.properties.git_ref,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
}
}
if(data9.git_sha !== undefined && func0.call(data9, "git_sha")){
let data13 = data9.git_sha;
const _errs58 = errors;
let valid13 = false;
const _errs59 = errors;
if(typeof data13 !== "string"){
const err35 = {instancePath:instancePath+"/last_known_ref/git_sha",schemaPath:"#/$defs/ProvenanceRef/properties/git_sha/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.git_sha.anyOf[0].type,parentSchema:schema33.properties.git_sha.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid7 = _errs59 === errors;
valid13 = valid13 || _valid7;
const _errs61 = errors;
if(data13 !== null){
const err36 = {instancePath:instancePath+"/last_known_ref/git_sha",schemaPath:"#/$defs/ProvenanceRef/properties/git_sha/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema33.properties.git_sha.anyOf[1].type,parentSchema:schema33.properties.git_sha.anyOf[1],data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid7 = _errs61 === errors;
valid13 = valid13 || _valid7;
if(!valid13){
const err37 = {instancePath:instancePath+"/last_known_ref/git_sha",schemaPath:"#/$defs/ProvenanceRef/properties/git_sha/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema33.properties.git_sha.anyOf,parentSchema:schema33.properties.git_sha,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
}
if(data9.revised_at !== undefined && func0.call(data9, "revised_at")){
let data14 = data9.revised_at;
const _errs64 = errors;
let valid14 = false;
const _errs65 = errors;
if(typeof data14 !== "string"){
const err38 = {instancePath:instancePath+"/last_known_ref/revised_at",schemaPath:"#/$defs/ProvenanceRef/properties/revised_at/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.revised_at.anyOf[0].type,parentSchema:schema33.properties.revised_at.anyOf[0],data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid8 = _errs65 === errors;
valid14 = valid14 || _valid8;
const _errs67 = errors;
if(data14 !== null){
const err39 = {instancePath:instancePath+"/last_known_ref/revised_at",schemaPath:"#/$defs/ProvenanceRef/properties/revised_at/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema33.properties.revised_at.anyOf[1].type,parentSchema:schema33.properties.revised_at.anyOf[1],data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid8 = _errs67 === errors;
valid14 = valid14 || _valid8;
if(!valid14){
const err40 = {instancePath:instancePath+"/last_known_ref/revised_at",schemaPath:"#/$defs/ProvenanceRef/properties/revised_at/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema33.properties.revised_at.anyOf,parentSchema:schema33.properties.revised_at,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs64;
if(vErrors !== null){
if(_errs64){
vErrors.length = _errs64;
}
else {
vErrors = null;
}
}
}
}
if(data9.source_event_ids !== undefined && func0.call(data9, "source_event_ids")){
let data15 = data9.source_event_ids;
const _errs70 = errors;
let valid15 = false;
const _errs71 = errors;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(typeof data16 !== "string"){
const err41 = {instancePath:instancePath+"/last_known_ref/source_event_ids/" + i0,schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.source_event_ids.anyOf[0].items.type,parentSchema:schema33.properties.source_event_ids.anyOf[0].items,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/last_known_ref/source_event_ids",schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.source_event_ids.anyOf[0].type,parentSchema:schema33.properties.source_event_ids.anyOf[0],data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid9 = _errs71 === errors;
valid15 = valid15 || _valid9;
const _errs75 = errors;
if(data15 !== null){
const err43 = {instancePath:instancePath+"/last_known_ref/source_event_ids",schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema33.properties.source_event_ids.anyOf[1].type,parentSchema:schema33.properties.source_event_ids.anyOf[1],data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid9 = _errs75 === errors;
valid15 = valid15 || _valid9;
if(!valid15){
const err44 = {instancePath:instancePath+"/last_known_ref/source_event_ids",schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema33.properties.source_event_ids.anyOf,parentSchema:schema33.properties.source_event_ids,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
else {
errors = _errs70;
if(vErrors !== null){
if(_errs70){
vErrors.length = _errs70;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err45 = {instancePath:instancePath+"/last_known_ref",schemaPath:"#/$defs/ProvenanceRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid3 = _errs36 === errors;
valid7 = valid7 || _valid3;
if(_valid3){
var props1 = {};
props1.actor_id = true;
props1.actor_kind = true;
props1.git_ref = true;
props1.git_sha = true;
props1.revised_at = true;
props1.source_event_ids = true;
}
const _errs77 = errors;
if(data9 !== null){
const err46 = {instancePath:instancePath+"/last_known_ref",schemaPath:"#/properties/last_known_ref/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.last_known_ref.anyOf[1].type,parentSchema:schema31.properties.last_known_ref.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid3 = _errs77 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const err47 = {instancePath:instancePath+"/last_known_ref",schemaPath:"#/properties/last_known_ref/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.last_known_ref.anyOf,parentSchema:schema31.properties.last_known_ref,data:data9};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
if(data.manifest_step !== undefined && func0.call(data, "manifest_step")){
let data17 = data.manifest_step;
if(typeof data17 === "string"){
if(func76(data17) < 1){
const err48 = {instancePath:instancePath+"/manifest_step",schemaPath:"#/properties/manifest_step/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.manifest_step,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/manifest_step",schemaPath:"#/properties/manifest_step/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.manifest_step.type,parentSchema:schema31.properties.manifest_step,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.namespace !== undefined && func0.call(data, "namespace")){
let data18 = data.namespace;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if((data18.project_uuid === undefined) || (!(func0.call(data18, "project_uuid")))){
const err50 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema34.required,parentSchema:schema34,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((data18.feature_slug === undefined) || (!(func0.call(data18, "feature_slug")))){
const err51 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "feature_slug"},message:"must have required property '"+"feature_slug"+"'",schema:schema34.required,parentSchema:schema34,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((data18.target_branch === undefined) || (!(func0.call(data18, "target_branch")))){
const err52 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "target_branch"},message:"must have required property '"+"target_branch"+"'",schema:schema34.required,parentSchema:schema34,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((data18.mission_key === undefined) || (!(func0.call(data18, "mission_key")))){
const err53 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema34.required,parentSchema:schema34,data:data18};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((data18.manifest_version === undefined) || (!(func0.call(data18, "manifest_version")))){
const err54 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "manifest_version"},message:"must have required property '"+"manifest_version"+"'",schema:schema34.required,parentSchema:schema34,data:data18};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data18.feature_slug !== undefined && func0.call(data18, "feature_slug")){
let data19 = data18.feature_slug;
if(typeof data19 === "string"){
if(func76(data19) < 1){
const err55 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.feature_slug,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.feature_slug.type,parentSchema:schema34.properties.feature_slug,data:data19};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data18.manifest_version !== undefined && func0.call(data18, "manifest_version")){
let data20 = data18.manifest_version;
if(typeof data20 === "string"){
if(func76(data20) < 1){
const err57 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.manifest_version,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.manifest_version.type,parentSchema:schema34.properties.manifest_version,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data18.mission_key !== undefined && func0.call(data18, "mission_key")){
let data21 = data18.mission_key;
if(typeof data21 === "string"){
if(func76(data21) < 1){
const err59 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.mission_key,data:data21};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.mission_key.type,parentSchema:schema34.properties.mission_key,data:data21};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data18.project_uuid !== undefined && func0.call(data18, "project_uuid")){
let data22 = data18.project_uuid;
if(typeof data22 === "string"){
if(func76(data22) < 1){
const err61 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.project_uuid,data:data22};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.project_uuid.type,parentSchema:schema34.properties.project_uuid,data:data22};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data18.step_id !== undefined && func0.call(data18, "step_id")){
let data23 = data18.step_id;
const _errs93 = errors;
let valid20 = false;
const _errs94 = errors;
if(typeof data23 !== "string"){
const err63 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.step_id.anyOf[0].type,parentSchema:schema34.properties.step_id.anyOf[0],data:data23};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid10 = _errs94 === errors;
valid20 = valid20 || _valid10;
const _errs96 = errors;
if(data23 !== null){
const err64 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema34.properties.step_id.anyOf[1].type,parentSchema:schema34.properties.step_id.anyOf[1],data:data23};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid10 = _errs96 === errors;
valid20 = valid20 || _valid10;
if(!valid20){
const err65 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema34.properties.step_id.anyOf,parentSchema:schema34.properties.step_id,data:data23};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
errors = _errs93;
if(vErrors !== null){
if(_errs93){
vErrors.length = _errs93;
}
else {
vErrors = null;
}
}
}
}
if(data18.target_branch !== undefined && func0.call(data18, "target_branch")){
let data24 = data18.target_branch;
if(typeof data24 === "string"){
if(func76(data24) < 1){
const err66 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.target_branch,data:data24};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.target_branch.type,parentSchema:schema34.properties.target_branch,data:data24};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data:data18};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.remediation_hint !== undefined && func0.call(data, "remediation_hint")){
let data25 = data.remediation_hint;
const _errs101 = errors;
let valid21 = false;
const _errs102 = errors;
if(typeof data25 !== "string"){
const err69 = {instancePath:instancePath+"/remediation_hint",schemaPath:"#/properties/remediation_hint/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.remediation_hint.anyOf[0].type,parentSchema:schema31.properties.remediation_hint.anyOf[0],data:data25};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid11 = _errs102 === errors;
valid21 = valid21 || _valid11;
const _errs104 = errors;
if(data25 !== null){
const err70 = {instancePath:instancePath+"/remediation_hint",schemaPath:"#/properties/remediation_hint/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.remediation_hint.anyOf[1].type,parentSchema:schema31.properties.remediation_hint.anyOf[1],data:data25};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid11 = _errs104 === errors;
valid21 = valid21 || _valid11;
if(!valid21){
const err71 = {instancePath:instancePath+"/remediation_hint",schemaPath:"#/properties/remediation_hint/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.remediation_hint.anyOf,parentSchema:schema31.properties.remediation_hint,data:data25};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
else {
errors = _errs101;
if(vErrors !== null){
if(_errs101){
vErrors.length = _errs101;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err72 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"checked_at":true,"context_diagnostics":true,"expected_identity":true,"last_known_ref":true,"manifest_step":true,"namespace":true,"remediation_hint":true},"dynamicProps":false,"dynamicItems":false};
