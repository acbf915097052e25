// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"ArtifactIdentity":{"description":"Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.","properties":{"artifact_class":{"enum":["input","workflow","output","evidence","policy","runtime"],"title":"Artifact Class","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"path":{"description":"Repository-relative path","minLength":1,"title":"Path","type":"string"},"run_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Run Id"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Wp Id"}},"required":["mission_key","path","artifact_class"],"title":"ArtifactIdentity","type":"object"},"LocalNamespaceTuple":{"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"}},"$id":"spec-kitty-events/mission_dossier_parity_drift_detected_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for MissionDossierParityDriftDetected events.","properties":{"actual_hash":{"minLength":1,"title":"Actual Hash","type":"string"},"artifact_ids_changed":{"anyOf":[{"items":{"$ref":"#/$defs/ArtifactIdentity"},"type":"array"},{"type":"null"}],"default":null,"title":"Artifact Ids Changed"},"context_diagnostics":{"anyOf":[{"additionalProperties":{"type":"string"},"type":"object"},{"type":"null"}],"default":null,"title":"Context Diagnostics"},"detected_at":{"description":"ISO 8601","title":"Detected At","type":"string"},"drift_kind":{"enum":["artifact_added","artifact_removed","artifact_mutated","anomaly_introduced","anomaly_resolved","manifest_version_changed"],"title":"Drift Kind","type":"string"},"expected_hash":{"minLength":1,"title":"Expected Hash","type":"string"},"namespace":{"$ref":"#/$defs/LocalNamespaceTuple"},"rebuild_hint":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Rebuild Hint"}},"required":["namespace","expected_hash","actual_hash","drift_kind","detected_at"],"title":"MissionDossierParityDriftDetectedPayload","type":"object"};
const schema32 = {"description":"Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.","properties":{"artifact_class":{"enum":["input","workflow","output","evidence","policy","runtime"],"title":"Artifact Class","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"path":{"description":"Repository-relative path","minLength":1,"title":"Path","type":"string"},"run_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Run Id"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Wp Id"}},"required":["mission_key","path","artifact_class"],"title":"ArtifactIdentity","type":"object"};
const schema33 = {"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func70 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_dossier_parity_drift_detected_payload" */;
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
if((data.expected_hash === undefined) || (!(func0.call(data, "expected_hash")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expected_hash"},message:"must have required property '"+"expected_hash"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.actual_hash === undefined) || (!(func0.call(data, "actual_hash")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actual_hash"},message:"must have required property '"+"actual_hash"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.drift_kind === undefined) || (!(func0.call(data, "drift_kind")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "drift_kind"},message:"must have required property '"+"drift_kind"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.detected_at === undefined) || (!(func0.call(data, "detected_at")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "detected_at"},message:"must have required property '"+"detected_at"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.actual_hash !== undefined && func0.call(data, "actual_hash")){
let data0 = data.actual_hash;
if(typeof data0 === "string"){
if(func70(data0) < 1){
const err5 = {instancePath:instancePath+"/actual_hash",schemaPath:"#/properties/actual_hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.actual_hash,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/actual_hash",schemaPath:"#/properties/actual_hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actual_hash.type,parentSchema:schema31.properties.actual_hash,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.artifact_ids_changed !== undefined && func0.call(data, "artifact_ids_changed")){
let data1 = data.artifact_ids_changed;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if((data2.mission_key === undefined) || (!(func0.call(data2, "mission_key")))){
const err7 = {instancePath:instancePath+"/artifact_ids_changed/" + i0,schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema32.required,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data2.path === undefined) || (!(func0.call(data2, "path")))){
const err8 = {instancePath:instancePath+"/artifact_ids_changed/" + i0,schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema32.required,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data2.artifact_class === undefined) || (!(func0.call(data2, "artifact_class")))){
const err9 = {instancePath:instancePath+"/artifact_ids_changed/" + i0,schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "artifact_class"},message:"must have required property '"+"artifact_class"+"'",schema:schema32.required,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.artifact_class !== undefined && func0.call(data2, "artifact_class")){
let data3 = data2.artifact_class;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.artifact_class.type,parentSchema:schema32.properties.artifact_class,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((((data3 === "input") || (data3 === "workflow")) || (data3 === "output")) || (data3 === "evidence")) || (data3 === "policy")) || (data3 === "runtime"))){
const err11 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/enum",keyword:"enum",params:{allowedValues: schema32.properties.artifact_class.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.artifact_class.enum,parentSchema:schema32.properties.artifact_class,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.mission_key !== undefined && func0.call(data2, "mission_key")){
let data4 = data2.mission_key;
if(typeof data4 === "string"){
if(func70(data4) < 1){
const err12 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.mission_key,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.mission_key.type,parentSchema:schema32.properties.mission_key,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.path !== undefined && func0.call(data2, "path")){
let data5 = data2.path;
if(typeof data5 === "string"){
if(func70(data5) < 1){
const err14 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.path,data:data5};
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
const err15 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.path.type,parentSchema:schema32.properties.path,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.run_id !== undefined && func0.call(data2, "run_id")){
let data6 = data2.run_id;
const _errs18 = errors;
let valid6 = false;
const _errs19 = errors;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.run_id.anyOf[0].type,parentSchema:schema32.properties.run_id.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid6 = valid6 || _valid1;
const _errs21 = errors;
if(data6 !== null){
const err17 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema32.properties.run_id.anyOf[1].type,parentSchema:schema32.properties.run_id.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err18 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.run_id.anyOf,parentSchema:schema32.properties.run_id,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data2.wp_id !== undefined && func0.call(data2, "wp_id")){
let data7 = data2.wp_id;
const _errs24 = errors;
let valid7 = false;
const _errs25 = errors;
if(typeof data7 !== "string"){
const err19 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.wp_id.anyOf[0].type,parentSchema:schema32.properties.wp_id.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid7 = valid7 || _valid2;
const _errs27 = errors;
if(data7 !== null){
const err20 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema32.properties.wp_id.anyOf[1].type,parentSchema:schema32.properties.wp_id.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid2 = _errs27 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const err21 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.wp_id.anyOf,parentSchema:schema32.properties.wp_id,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/artifact_ids_changed/" + i0,schemaPath:"#/$defs/ArtifactIdentity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/artifact_ids_changed",schemaPath:"#/properties/artifact_ids_changed/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.artifact_ids_changed.anyOf[0].type,parentSchema:schema31.properties.artifact_ids_changed.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs29 = errors;
if(data1 !== null){
const err24 = {instancePath:instancePath+"/artifact_ids_changed",schemaPath:"#/properties/artifact_ids_changed/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.artifact_ids_changed.anyOf[1].type,parentSchema:schema31.properties.artifact_ids_changed.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs29 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err25 = {instancePath:instancePath+"/artifact_ids_changed",schemaPath:"#/properties/artifact_ids_changed/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.artifact_ids_changed.anyOf,parentSchema:schema31.properties.artifact_ids_changed,data:data1};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
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
if(data.context_diagnostics !== undefined && func0.call(data, "context_diagnostics")){
let data8 = data.context_diagnostics;
const _errs32 = errors;
let valid8 = false;
const _errs33 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key0 of Object.keys(data8)){
let data9 = data8[key0];
if(typeof data9 !== "string"){
const err26 = {instancePath:instancePath+"/context_diagnostics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/context_diagnostics/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.context_diagnostics.anyOf[0].additionalProperties.type,parentSchema:schema31.properties.context_diagnostics.anyOf[0].additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.context_diagnostics.anyOf[0].type,parentSchema:schema31.properties.context_diagnostics.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid3 = _errs33 === errors;
valid8 = valid8 || _valid3;
const _errs38 = errors;
if(data8 !== null){
const err28 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.context_diagnostics.anyOf[1].type,parentSchema:schema31.properties.context_diagnostics.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid3 = _errs38 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const err29 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.context_diagnostics.anyOf,parentSchema:schema31.properties.context_diagnostics,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
if(data.detected_at !== undefined && func0.call(data, "detected_at")){
let data10 = data.detected_at;
if(typeof data10 !== "string"){
const err30 = {instancePath:instancePath+"/detected_at",schemaPath:"#/properties/detected_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.detected_at.type,parentSchema:schema31.properties.detected_at,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.drift_kind !== undefined && func0.call(data, "drift_kind")){
let data11 = data.drift_kind;
if(typeof data11 !== "string"){
const err31 = {instancePath:instancePath+"/drift_kind",schemaPath:"#/properties/drift_kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.drift_kind.type,parentSchema:schema31.properties.drift_kind,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!((((((data11 === "artifact_added") || (data11 === "artifact_removed")) || (data11 === "artifact_mutated")) || (data11 === "anomaly_introduced")) || (data11 === "anomaly_resolved")) || (data11 === "manifest_version_changed"))){
const err32 = {instancePath:instancePath+"/drift_kind",schemaPath:"#/properties/drift_kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.drift_kind.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.drift_kind.enum,parentSchema:schema31.properties.drift_kind,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.expected_hash !== undefined && func0.call(data, "expected_hash")){
let data12 = data.expected_hash;
if(typeof data12 === "string"){
if(func70(data12) < 1){
const err33 = {instancePath:instancePath+"/expected_hash",schemaPath:"#/properties/expected_hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.expected_hash,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/expected_hash",schemaPath:"#/properties/expected_hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.expected_hash.type,parentSchema:schema31.properties.expected_hash,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.namespace !== undefined && func0.call(data, "namespace")){
let data13 = data.namespace;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if((data13.project_uuid === undefined) || (!(func0.call(data13, "project_uuid")))){
const err35 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema33.required,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((data13.feature_slug === undefined) || (!(func0.call(data13, "feature_slug")))){
const err36 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "feature_slug"},message:"must have required property '"+"feature_slug"+"'",schema:schema33.required,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((data13.target_branch === undefined) || (!(func0.call(data13, "target_branch")))){
const err37 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "target_branch"},message:"must have required property '"+"target_branch"+"'",schema:schema33.required,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((data13.mission_key === undefined) || (!(func0.call(data13, "mission_key")))){
const err38 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema33.required,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((data13.manifest_version === undefined) || (!(func0.call(data13, "manifest_version")))){
const err39 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "manifest_version"},message:"must have required property '"+"manifest_version"+"'",schema:schema33.required,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data13.feature_slug !== undefined && func0.call(data13, "feature_slug")){
let data14 = data13.feature_slug;
if(typeof data14 === "string"){
if(func70(data14) < 1){
const err40 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.feature_slug,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.feature_slug.type,parentSchema:schema33.properties.feature_slug,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data13.manifest_version !== undefined && func0.call(data13, "manifest_version")){
let data15 = data13.manifest_version;
if(typeof data15 === "string"){
if(func70(data15) < 1){
const err42 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.manifest_version,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.manifest_version.type,parentSchema:schema33.properties.manifest_version,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data13.mission_key !== undefined && func0.call(data13, "mission_key")){
let data16 = data13.mission_key;
if(typeof data16 === "string"){
if(func70(data16) < 1){
const err44 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.mission_key,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.mission_key.type,parentSchema:schema33.properties.mission_key,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data13.project_uuid !== undefined && func0.call(data13, "project_uuid")){
let data17 = data13.project_uuid;
if(typeof data17 === "string"){
if(func70(data17) < 1){
const err46 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.project_uuid,data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.project_uuid.type,parentSchema:schema33.properties.project_uuid,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data13.step_id !== undefined && func0.call(data13, "step_id")){
let data18 = data13.step_id;
const _errs58 = errors;
let valid12 = false;
const _errs59 = errors;
if(typeof data18 !== "string"){
const err48 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.step_id.anyOf[0].type,parentSchema:schema33.properties.step_id.anyOf[0],data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid4 = _errs59 === errors;
valid12 = valid12 || _valid4;
const _errs61 = errors;
if(data18 !== null){
const err49 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema33.properties.step_id.anyOf[1].type,parentSchema:schema33.properties.step_id.anyOf[1],data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid4 = _errs61 === errors;
valid12 = valid12 || _valid4;
if(!valid12){
const err50 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema33.properties.step_id.anyOf,parentSchema:schema33.properties.step_id,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
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
if(data13.target_branch !== undefined && func0.call(data13, "target_branch")){
let data19 = data13.target_branch;
if(typeof data19 === "string"){
if(func70(data19) < 1){
const err51 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.target_branch,data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.target_branch.type,parentSchema:schema33.properties.target_branch,data:data19};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.rebuild_hint !== undefined && func0.call(data, "rebuild_hint")){
let data20 = data.rebuild_hint;
const _errs66 = errors;
let valid13 = false;
const _errs67 = errors;
if(typeof data20 !== "string"){
const err54 = {instancePath:instancePath+"/rebuild_hint",schemaPath:"#/properties/rebuild_hint/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.rebuild_hint.anyOf[0].type,parentSchema:schema31.properties.rebuild_hint.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid5 = _errs67 === errors;
valid13 = valid13 || _valid5;
const _errs69 = errors;
if(data20 !== null){
const err55 = {instancePath:instancePath+"/rebuild_hint",schemaPath:"#/properties/rebuild_hint/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.rebuild_hint.anyOf[1].type,parentSchema:schema31.properties.rebuild_hint.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid5 = _errs69 === errors;
valid13 = valid13 || _valid5;
if(!valid13){
const err56 = {instancePath:instancePath+"/rebuild_hint",schemaPath:"#/properties/rebuild_hint/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.rebuild_hint.anyOf,parentSchema:schema31.properties.rebuild_hint,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
errors = _errs66;
if(vErrors !== null){
if(_errs66){
vErrors.length = _errs66;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actual_hash":true,"artifact_ids_changed":true,"context_diagnostics":true,"detected_at":true,"drift_kind":true,"expected_hash":true,"namespace":true,"rebuild_hint":true},"dynamicProps":false,"dynamicItems":false};
