// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"ArtifactIdentity":{"description":"Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.","properties":{"artifact_class":{"enum":["input","workflow","output","evidence","policy","runtime"],"title":"Artifact Class","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"path":{"description":"Repository-relative path","minLength":1,"title":"Path","type":"string"},"run_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Run Id"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Wp Id"}},"required":["mission_key","path","artifact_class"],"title":"ArtifactIdentity","type":"object"},"ContentHashRef":{"description":"Content fingerprint with optional size and encoding metadata.","properties":{"algorithm":{"enum":["sha256","sha512","md5"],"title":"Algorithm","type":"string"},"encoding":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Encoding"},"hash":{"description":"Hex-encoded content hash","minLength":1,"title":"Hash","type":"string"},"size_bytes":{"anyOf":[{"minimum":0,"type":"integer"},{"type":"null"}],"default":null,"title":"Size Bytes"}},"required":["hash","algorithm"],"title":"ContentHashRef","type":"object"},"LocalNamespaceTuple":{"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"},"ProvenanceRef":{"description":"Source trace connecting an artifact or event to its authoritative origin.","properties":{"actor_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Actor Id"},"actor_kind":{"anyOf":[{"enum":["human","llm","system"],"type":"string"},{"type":"null"}],"default":null,"title":"Actor Kind"},"git_ref":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Ref"},"git_sha":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Sha"},"revised_at":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"ISO 8601","title":"Revised At"},"source_event_ids":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"title":"Source Event Ids"}},"title":"ProvenanceRef","type":"object"}},"$id":"spec-kitty-events/mission_dossier_artifact_indexed_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for MissionDossierArtifactIndexed events.","properties":{"artifact_id":{"$ref":"#/$defs/ArtifactIdentity","description":"Carries artifact_class — not duplicated at top level"},"content_ref":{"$ref":"#/$defs/ContentHashRef"},"context_diagnostics":{"anyOf":[{"additionalProperties":{"type":"string"},"type":"object"},{"type":"null"}],"default":null,"title":"Context Diagnostics"},"indexed_at":{"description":"ISO 8601","title":"Indexed At","type":"string"},"namespace":{"$ref":"#/$defs/LocalNamespaceTuple","description":"Carries manifest_version — not duplicated in payload"},"provenance":{"anyOf":[{"$ref":"#/$defs/ProvenanceRef"},{"type":"null"}],"default":null},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"supersedes":{"anyOf":[{"$ref":"#/$defs/ArtifactIdentity"},{"type":"null"}],"default":null}},"required":["namespace","artifact_id","content_ref","indexed_at"],"title":"MissionDossierArtifactIndexedPayload","type":"object"};
const schema32 = {"description":"Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.","properties":{"artifact_class":{"enum":["input","workflow","output","evidence","policy","runtime"],"title":"Artifact Class","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"path":{"description":"Repository-relative path","minLength":1,"title":"Path","type":"string"},"run_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Run Id"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Wp Id"}},"required":["mission_key","path","artifact_class"],"title":"ArtifactIdentity","type":"object"};
const schema33 = {"description":"Content fingerprint with optional size and encoding metadata.","properties":{"algorithm":{"enum":["sha256","sha512","md5"],"title":"Algorithm","type":"string"},"encoding":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Encoding"},"hash":{"description":"Hex-encoded content hash","minLength":1,"title":"Hash","type":"string"},"size_bytes":{"anyOf":[{"minimum":0,"type":"integer"},{"type":"null"}],"default":null,"title":"Size Bytes"}},"required":["hash","algorithm"],"title":"ContentHashRef","type":"object"};
const schema34 = {"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"};
const schema35 = {"description":"Source trace connecting an artifact or event to its authoritative origin.","properties":{"actor_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Actor Id"},"actor_kind":{"anyOf":[{"enum":["human","llm","system"],"type":"string"},{"type":"null"}],"default":null,"title":"Actor Kind"},"git_ref":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Ref"},"git_sha":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Sha"},"revised_at":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"ISO 8601","title":"Revised At"},"source_event_ids":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"title":"Source Event Ids"}},"title":"ProvenanceRef","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func74 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_dossier_artifact_indexed_payload" */;
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
if((data.artifact_id === undefined) || (!(func0.call(data, "artifact_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifact_id"},message:"must have required property '"+"artifact_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.content_ref === undefined) || (!(func0.call(data, "content_ref")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content_ref"},message:"must have required property '"+"content_ref"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.indexed_at === undefined) || (!(func0.call(data, "indexed_at")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "indexed_at"},message:"must have required property '"+"indexed_at"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.artifact_id !== undefined && func0.call(data, "artifact_id")){
let data0 = data.artifact_id;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if((data0.mission_key === undefined) || (!(func0.call(data0, "mission_key")))){
const err4 = {instancePath:instancePath+"/artifact_id",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema32.required,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data0.path === undefined) || (!(func0.call(data0, "path")))){
const err5 = {instancePath:instancePath+"/artifact_id",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema32.required,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data0.artifact_class === undefined) || (!(func0.call(data0, "artifact_class")))){
const err6 = {instancePath:instancePath+"/artifact_id",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "artifact_class"},message:"must have required property '"+"artifact_class"+"'",schema:schema32.required,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0.artifact_class !== undefined && func0.call(data0, "artifact_class")){
let data1 = data0.artifact_class;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/artifact_id/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.artifact_class.type,parentSchema:schema32.properties.artifact_class,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((((data1 === "input") || (data1 === "workflow")) || (data1 === "output")) || (data1 === "evidence")) || (data1 === "policy")) || (data1 === "runtime"))){
const err8 = {instancePath:instancePath+"/artifact_id/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/enum",keyword:"enum",params:{allowedValues: schema32.properties.artifact_class.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.artifact_class.enum,parentSchema:schema32.properties.artifact_class,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.mission_key !== undefined && func0.call(data0, "mission_key")){
let data2 = data0.mission_key;
if(typeof data2 === "string"){
if(func74(data2) < 1){
const err9 = {instancePath:instancePath+"/artifact_id/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.mission_key,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/artifact_id/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.mission_key.type,parentSchema:schema32.properties.mission_key,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.path !== undefined && func0.call(data0, "path")){
let data3 = data0.path;
if(typeof data3 === "string"){
if(func74(data3) < 1){
const err11 = {instancePath:instancePath+"/artifact_id/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.path,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/artifact_id/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.path.type,parentSchema:schema32.properties.path,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.run_id !== undefined && func0.call(data0, "run_id")){
let data4 = data0.run_id;
const _errs12 = errors;
let valid3 = false;
const _errs13 = errors;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/artifact_id/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.run_id.anyOf[0].type,parentSchema:schema32.properties.run_id.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid3 = valid3 || _valid0;
const _errs15 = errors;
if(data4 !== null){
const err14 = {instancePath:instancePath+"/artifact_id/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema32.properties.run_id.anyOf[1].type,parentSchema:schema32.properties.run_id.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err15 = {instancePath:instancePath+"/artifact_id/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.run_id.anyOf,parentSchema:schema32.properties.run_id,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data0.wp_id !== undefined && func0.call(data0, "wp_id")){
let data5 = data0.wp_id;
const _errs18 = errors;
let valid4 = false;
const _errs19 = errors;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/artifact_id/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.wp_id.anyOf[0].type,parentSchema:schema32.properties.wp_id.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid4 = valid4 || _valid1;
const _errs21 = errors;
if(data5 !== null){
const err17 = {instancePath:instancePath+"/artifact_id/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema32.properties.wp_id.anyOf[1].type,parentSchema:schema32.properties.wp_id.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err18 = {instancePath:instancePath+"/artifact_id/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.wp_id.anyOf,parentSchema:schema32.properties.wp_id,data:data5};
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
}
else {
const err19 = {instancePath:instancePath+"/artifact_id",schemaPath:"#/$defs/ArtifactIdentity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.content_ref !== undefined && func0.call(data, "content_ref")){
let data6 = data.content_ref;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if((data6.hash === undefined) || (!(func0.call(data6, "hash")))){
const err20 = {instancePath:instancePath+"/content_ref",schemaPath:"#/$defs/ContentHashRef/required",keyword:"required",params:{missingProperty: "hash"},message:"must have required property '"+"hash"+"'",schema:schema33.required,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((data6.algorithm === undefined) || (!(func0.call(data6, "algorithm")))){
const err21 = {instancePath:instancePath+"/content_ref",schemaPath:"#/$defs/ContentHashRef/required",keyword:"required",params:{missingProperty: "algorithm"},message:"must have required property '"+"algorithm"+"'",schema:schema33.required,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.algorithm !== undefined && func0.call(data6, "algorithm")){
let data7 = data6.algorithm;
if(typeof data7 !== "string"){
const err22 = {instancePath:instancePath+"/content_ref/algorithm",schemaPath:"#/$defs/ContentHashRef/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.algorithm.type,parentSchema:schema33.properties.algorithm,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((data7 === "sha256") || (data7 === "sha512")) || (data7 === "md5"))){
const err23 = {instancePath:instancePath+"/content_ref/algorithm",schemaPath:"#/$defs/ContentHashRef/properties/algorithm/enum",keyword:"enum",params:{allowedValues: schema33.properties.algorithm.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.algorithm.enum,parentSchema:schema33.properties.algorithm,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.encoding !== undefined && func0.call(data6, "encoding")){
let data8 = data6.encoding;
const _errs29 = errors;
let valid7 = false;
const _errs30 = errors;
if(typeof data8 !== "string"){
const err24 = {instancePath:instancePath+"/content_ref/encoding",schemaPath:"#/$defs/ContentHashRef/properties/encoding/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.encoding.anyOf[0].type,parentSchema:schema33.properties.encoding.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid2 = _errs30 === errors;
valid7 = valid7 || _valid2;
const _errs32 = errors;
if(data8 !== null){
const err25 = {instancePath:instancePath+"/content_ref/encoding",schemaPath:"#/$defs/ContentHashRef/properties/encoding/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema33.properties.encoding.anyOf[1].type,parentSchema:schema33.properties.encoding.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid2 = _errs32 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const err26 = {instancePath:instancePath+"/content_ref/encoding",schemaPath:"#/$defs/ContentHashRef/properties/encoding/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema33.properties.encoding.anyOf,parentSchema:schema33.properties.encoding,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
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
if(data6.hash !== undefined && func0.call(data6, "hash")){
let data9 = data6.hash;
if(typeof data9 === "string"){
if(func74(data9) < 1){
const err27 = {instancePath:instancePath+"/content_ref/hash",schemaPath:"#/$defs/ContentHashRef/properties/hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.hash,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/content_ref/hash",schemaPath:"#/$defs/ContentHashRef/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.hash.type,parentSchema:schema33.properties.hash,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.size_bytes !== undefined && func0.call(data6, "size_bytes")){
let data10 = data6.size_bytes;
const _errs37 = errors;
let valid8 = false;
const _errs38 = errors;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err29 = {instancePath:instancePath+"/content_ref/size_bytes",schemaPath:"#/$defs/ContentHashRef/properties/size_bytes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.size_bytes.anyOf[0].type,parentSchema:schema33.properties.size_bytes.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
const err30 = {instancePath:instancePath+"/content_ref/size_bytes",schemaPath:"#/$defs/ContentHashRef/properties/size_bytes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33.properties.size_bytes.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid3 = _errs38 === errors;
valid8 = valid8 || _valid3;
const _errs40 = errors;
if(data10 !== null){
const err31 = {instancePath:instancePath+"/content_ref/size_bytes",schemaPath:"#/$defs/ContentHashRef/properties/size_bytes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema33.properties.size_bytes.anyOf[1].type,parentSchema:schema33.properties.size_bytes.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid3 = _errs40 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const err32 = {instancePath:instancePath+"/content_ref/size_bytes",schemaPath:"#/$defs/ContentHashRef/properties/size_bytes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema33.properties.size_bytes.anyOf,parentSchema:schema33.properties.size_bytes,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err33 = {instancePath:instancePath+"/content_ref",schemaPath:"#/$defs/ContentHashRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.context_diagnostics !== undefined && func0.call(data, "context_diagnostics")){
let data11 = data.context_diagnostics;
const _errs43 = errors;
let valid9 = false;
const _errs44 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key0 of Object.keys(data11)){
let data12 = data11[key0];
if(typeof data12 !== "string"){
const err34 = {instancePath:instancePath+"/context_diagnostics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/context_diagnostics/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.context_diagnostics.anyOf[0].additionalProperties.type,parentSchema:schema31.properties.context_diagnostics.anyOf[0].additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.context_diagnostics.anyOf[0].type,parentSchema:schema31.properties.context_diagnostics.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid4 = _errs44 === errors;
valid9 = valid9 || _valid4;
const _errs49 = errors;
if(data11 !== null){
const err36 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.context_diagnostics.anyOf[1].type,parentSchema:schema31.properties.context_diagnostics.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid4 = _errs49 === errors;
valid9 = valid9 || _valid4;
if(!valid9){
const err37 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.context_diagnostics.anyOf,parentSchema:schema31.properties.context_diagnostics,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
}
if(data.indexed_at !== undefined && func0.call(data, "indexed_at")){
let data13 = data.indexed_at;
if(typeof data13 !== "string"){
const err38 = {instancePath:instancePath+"/indexed_at",schemaPath:"#/properties/indexed_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.indexed_at.type,parentSchema:schema31.properties.indexed_at,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.namespace !== undefined && func0.call(data, "namespace")){
let data14 = data.namespace;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if((data14.project_uuid === undefined) || (!(func0.call(data14, "project_uuid")))){
const err39 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema34.required,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((data14.feature_slug === undefined) || (!(func0.call(data14, "feature_slug")))){
const err40 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "feature_slug"},message:"must have required property '"+"feature_slug"+"'",schema:schema34.required,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((data14.target_branch === undefined) || (!(func0.call(data14, "target_branch")))){
const err41 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "target_branch"},message:"must have required property '"+"target_branch"+"'",schema:schema34.required,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((data14.mission_key === undefined) || (!(func0.call(data14, "mission_key")))){
const err42 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema34.required,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((data14.manifest_version === undefined) || (!(func0.call(data14, "manifest_version")))){
const err43 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "manifest_version"},message:"must have required property '"+"manifest_version"+"'",schema:schema34.required,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data14.feature_slug !== undefined && func0.call(data14, "feature_slug")){
let data15 = data14.feature_slug;
if(typeof data15 === "string"){
if(func74(data15) < 1){
const err44 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.feature_slug,data:data15};
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
const err45 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.feature_slug.type,parentSchema:schema34.properties.feature_slug,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data14.manifest_version !== undefined && func0.call(data14, "manifest_version")){
let data16 = data14.manifest_version;
if(typeof data16 === "string"){
if(func74(data16) < 1){
const err46 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.manifest_version,data:data16};
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
const err47 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.manifest_version.type,parentSchema:schema34.properties.manifest_version,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data14.mission_key !== undefined && func0.call(data14, "mission_key")){
let data17 = data14.mission_key;
if(typeof data17 === "string"){
if(func74(data17) < 1){
const err48 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.mission_key,data:data17};
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
const err49 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.mission_key.type,parentSchema:schema34.properties.mission_key,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data14.project_uuid !== undefined && func0.call(data14, "project_uuid")){
let data18 = data14.project_uuid;
if(typeof data18 === "string"){
if(func74(data18) < 1){
const err50 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.project_uuid,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.project_uuid.type,parentSchema:schema34.properties.project_uuid,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data14.step_id !== undefined && func0.call(data14, "step_id")){
let data19 = data14.step_id;
const _errs65 = errors;
let valid13 = false;
const _errs66 = errors;
if(typeof data19 !== "string"){
const err52 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.step_id.anyOf[0].type,parentSchema:schema34.properties.step_id.anyOf[0],data:data19};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid5 = _errs66 === errors;
valid13 = valid13 || _valid5;
const _errs68 = errors;
if(data19 !== null){
const err53 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema34.properties.step_id.anyOf[1].type,parentSchema:schema34.properties.step_id.anyOf[1],data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid5 = _errs68 === errors;
valid13 = valid13 || _valid5;
if(!valid13){
const err54 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema34.properties.step_id.anyOf,parentSchema:schema34.properties.step_id,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
else {
errors = _errs65;
if(vErrors !== null){
if(_errs65){
vErrors.length = _errs65;
}
else {
vErrors = null;
}
}
}
}
if(data14.target_branch !== undefined && func0.call(data14, "target_branch")){
let data20 = data14.target_branch;
if(typeof data20 === "string"){
if(func74(data20) < 1){
const err55 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.target_branch,data:data20};
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
const err56 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.target_branch.type,parentSchema:schema34.properties.target_branch,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.provenance !== undefined && func0.call(data, "provenance")){
let data21 = data.provenance;
const _errs73 = errors;
let valid14 = false;
const _errs74 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.actor_id !== undefined && func0.call(data21, "actor_id")){
let data22 = data21.actor_id;
const _errs78 = errors;
let valid17 = false;
const _errs79 = errors;
if(typeof data22 !== "string"){
const err58 = {instancePath:instancePath+"/provenance/actor_id",schemaPath:"#/$defs/ProvenanceRef/properties/actor_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.actor_id.anyOf[0].type,parentSchema:schema35.properties.actor_id.anyOf[0],data:data22};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid7 = _errs79 === errors;
valid17 = valid17 || _valid7;
const _errs81 = errors;
if(data22 !== null){
const err59 = {instancePath:instancePath+"/provenance/actor_id",schemaPath:"#/$defs/ProvenanceRef/properties/actor_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema35.properties.actor_id.anyOf[1].type,parentSchema:schema35.properties.actor_id.anyOf[1],data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid7 = _errs81 === errors;
valid17 = valid17 || _valid7;
if(!valid17){
const err60 = {instancePath:instancePath+"/provenance/actor_id",schemaPath:"#/$defs/ProvenanceRef/properties/actor_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema35.properties.actor_id.anyOf,parentSchema:schema35.properties.actor_id,data:data22};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
else {
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
}
}
if(data21.actor_kind !== undefined && func0.call(data21, "actor_kind")){
let data23 = data21.actor_kind;
const _errs84 = errors;
let valid18 = false;
const _errs85 = errors;
if(typeof data23 !== "string"){
const err61 = {instancePath:instancePath+"/provenance/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.actor_kind.anyOf[0].type,parentSchema:schema35.properties.actor_kind.anyOf[0],data:data23};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!(((data23 === "human") || (data23 === "llm")) || (data23 === "system"))){
const err62 = {instancePath:instancePath+"/provenance/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema35.properties.actor_kind.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema35.properties.actor_kind.anyOf[0].enum,parentSchema:schema35.properties.actor_kind.anyOf[0],data:data23};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid8 = _errs85 === errors;
valid18 = valid18 || _valid8;
const _errs87 = errors;
if(data23 !== null){
const err63 = {instancePath:instancePath+"/provenance/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema35.properties.actor_kind.anyOf[1].type,parentSchema:schema35.properties.actor_kind.anyOf[1],data:data23};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid8 = _errs87 === errors;
valid18 = valid18 || _valid8;
if(!valid18){
const err64 = {instancePath:instancePath+"/provenance/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema35.properties.actor_kind.anyOf,parentSchema:schema35.properties.actor_kind,data:data23};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
else {
errors = _errs84;
if(vErrors !== null){
if(_errs84){
vErrors.length = _errs84;
}
else {
vErrors = null;
}
}
}
}
if(data21.git_ref !== undefined && func0.call(data21, "git_ref")){
let data24 = data21.git_ref;
const _errs90 = errors;
let valid19 = false;
const _errs91 = errors;
if(typeof data24 !== "string"){
const err65 = {instancePath:instancePath+"/provenance/git_ref",schemaPath:"#/$defs/ProvenanceRef/properties/git_ref/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.git_ref.anyOf[0].type,parentSchema:schema35.properties.git_ref.anyOf[0],data:data24};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var _valid9 = _errs91 === errors;
valid19 = valid19 || _valid9;
const _errs93 = errors;
if(data24 !== null){
const err66 = {instancePath:instancePath+"/provenance/git_ref",schemaPath:"#/$defs/ProvenanceRef/properties/git_ref/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema35.properties.git_ref.anyOf[1].type,parentSchema:schema35.properties.git_ref.anyOf[1],data:data24};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid9 = _errs93 === errors;
valid19 = valid19 || _valid9;
if(!valid19){
const err67 = {instancePath:instancePath+"/provenance/git_ref",schemaPath:"#/$defs/ProvenanceRef/properties/git_ref/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema35.properties.git_ref.anyOf,parentSchema:schema35.properties.git_ref,data:data24};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
else {
errors = _errs90;
if(vErrors !== null){
if(_errs90){
vErrors.length = _errs90;
}
else {
vErrors = null;
}
}
}
}
if(data21.git_sha !== undefined && func0.call(data21, "git_sha")){
let data25 = data21.git_sha;
const _errs96 = errors;
let valid20 = false;
const _errs97 = errors;
if(typeof data25 !== "string"){
const err68 = {instancePath:instancePath+"/provenance/git_sha",schemaPath:"#/$defs/ProvenanceRef/properties/git_sha/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.git_sha.anyOf[0].type,parentSchema:schema35.properties.git_sha.anyOf[0],data:data25};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid10 = _errs97 === errors;
valid20 = valid20 || _valid10;
const _errs99 = errors;
if(data25 !== null){
const err69 = {instancePath:instancePath+"/provenance/git_sha",schemaPath:"#/$defs/ProvenanceRef/properties/git_sha/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema35.properties.git_sha.anyOf[1].type,parentSchema:schema35.properties.git_sha.anyOf[1],data:data25};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid10 = _errs99 === errors;
valid20 = valid20 || _valid10;
if(!valid20){
const err70 = {instancePath:instancePath+"/provenance/git_sha",schemaPath:"#/$defs/ProvenanceRef/properties/git_sha/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema35.properties.git_sha.anyOf,parentSchema:schema35.properties.git_sha,data:data25};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
errors = _errs96;
if(vErrors !== null){
if(_errs96){
vErrors.length = _errs96;
}
else {
vErrors = null;
}
}
}
}
if(data21.revised_at !== undefined && func0.call(data21, "revised_at")){
let data26 = data21.revised_at;
const _errs102 = errors;
let valid21 = false;
const _errs103 = errors;
if(typeof data26 !== "string"){
const err71 = {instancePath:instancePath+"/provenance/revised_at",schemaPath:"#/$defs/ProvenanceRef/properties/revised_at/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.revised_at.anyOf[0].type,parentSchema:schema35.properties.revised_at.anyOf[0],data:data26};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var _valid11 = _errs103 === errors;
valid21 = valid21 || _valid11;
const _errs105 = errors;
if(data26 !== null){
const err72 = {instancePath:instancePath+"/provenance/revised_at",schemaPath:"#/$defs/ProvenanceRef/properties/revised_at/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema35.properties.revised_at.anyOf[1].type,parentSchema:schema35.properties.revised_at.anyOf[1],data:data26};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid11 = _errs105 === errors;
valid21 = valid21 || _valid11;
if(!valid21){
const err73 = {instancePath:instancePath+"/provenance/revised_at",schemaPath:"#/$defs/ProvenanceRef/properties/revised_at/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema35.properties.revised_at.anyOf,parentSchema:schema35.properties.revised_at,data:data26};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
else {
errors = _errs102;
if(vErrors !== null){
if(_errs102){
vErrors.length = _errs102;
}
else {
vErrors = null;
}
}
}
}
if(data21.source_event_ids !== undefined && func0.call(data21, "source_event_ids")){
let data27 = data21.source_event_ids;
const _errs108 = errors;
let valid22 = false;
const _errs109 = errors;
if(Array.isArray(data27)){
const len0 = data27.length;
for(let i0=0; i0<len0; i0++){
let data28 = data27[i0];
if(typeof data28 !== "string"){
const err74 = {instancePath:instancePath+"/provenance/source_event_ids/" + i0,schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.source_event_ids.anyOf[0].items.type,parentSchema:schema35.properties.source_event_ids.anyOf[0].items,data:data28};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/provenance/source_event_ids",schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.source_event_ids.anyOf[0].type,parentSchema:schema35.properties.source_event_ids.anyOf[0],data:data27};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid12 = _errs109 === errors;
valid22 = valid22 || _valid12;
const _errs113 = errors;
if(data27 !== null){
const err76 = {instancePath:instancePath+"/provenance/source_event_ids",schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema35.properties.source_event_ids.anyOf[1].type,parentSchema:schema35.properties.source_event_ids.anyOf[1],data:data27};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid12 = _errs113 === errors;
valid22 = valid22 || _valid12;
if(!valid22){
const err77 = {instancePath:instancePath+"/provenance/source_event_ids",schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema35.properties.source_event_ids.anyOf,parentSchema:schema35.properties.source_event_ids,data:data27};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
else {
errors = _errs108;
if(vErrors !== null){
if(_errs108){
vErrors.length = _errs108;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err78 = {instancePath:instancePath+"/provenance",schemaPath:"#/$defs/ProvenanceRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data:data21};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid6 = _errs74 === errors;
valid14 = valid14 || _valid6;
if(_valid6){
var props1 = {};
props1.actor_id = true;
props1.actor_kind = true;
props1.git_ref = true;
props1.git_sha = true;
props1.revised_at = true;
props1.source_event_ids = true;
}
const _errs115 = errors;
if(data21 !== null){
const err79 = {instancePath:instancePath+"/provenance",schemaPath:"#/properties/provenance/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.provenance.anyOf[1].type,parentSchema:schema31.properties.provenance.anyOf[1],data:data21};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid6 = _errs115 === errors;
valid14 = valid14 || _valid6;
if(!valid14){
const err80 = {instancePath:instancePath+"/provenance",schemaPath:"#/properties/provenance/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.provenance.anyOf,parentSchema:schema31.properties.provenance,data:data21};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
else {
errors = _errs73;
if(vErrors !== null){
if(_errs73){
vErrors.length = _errs73;
}
else {
vErrors = null;
}
}
}
}
if(data.step_id !== undefined && func0.call(data, "step_id")){
let data29 = data.step_id;
const _errs118 = errors;
let valid25 = false;
const _errs119 = errors;
if(typeof data29 !== "string"){
const err81 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.step_id.anyOf[0].type,parentSchema:schema31.properties.step_id.anyOf[0],data:data29};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
var _valid13 = _errs119 === errors;
valid25 = valid25 || _valid13;
const _errs121 = errors;
if(data29 !== null){
const err82 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.step_id.anyOf[1].type,parentSchema:schema31.properties.step_id.anyOf[1],data:data29};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid13 = _errs121 === errors;
valid25 = valid25 || _valid13;
if(!valid25){
const err83 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.step_id.anyOf,parentSchema:schema31.properties.step_id,data:data29};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
else {
errors = _errs118;
if(vErrors !== null){
if(_errs118){
vErrors.length = _errs118;
}
else {
vErrors = null;
}
}
}
}
if(data.supersedes !== undefined && func0.call(data, "supersedes")){
let data30 = data.supersedes;
const _errs124 = errors;
let valid26 = false;
const _errs125 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if((data30.mission_key === undefined) || (!(func0.call(data30, "mission_key")))){
const err84 = {instancePath:instancePath+"/supersedes",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema32.required,parentSchema:schema32,data:data30};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if((data30.path === undefined) || (!(func0.call(data30, "path")))){
const err85 = {instancePath:instancePath+"/supersedes",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema32.required,parentSchema:schema32,data:data30};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if((data30.artifact_class === undefined) || (!(func0.call(data30, "artifact_class")))){
const err86 = {instancePath:instancePath+"/supersedes",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "artifact_class"},message:"must have required property '"+"artifact_class"+"'",schema:schema32.required,parentSchema:schema32,data:data30};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data30.artifact_class !== undefined && func0.call(data30, "artifact_class")){
let data31 = data30.artifact_class;
if(typeof data31 !== "string"){
const err87 = {instancePath:instancePath+"/supersedes/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.artifact_class.type,parentSchema:schema32.properties.artifact_class,data:data31};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(!((((((data31 === "input") || (data31 === "workflow")) || (data31 === "output")) || (data31 === "evidence")) || (data31 === "policy")) || (data31 === "runtime"))){
const err88 = {instancePath:instancePath+"/supersedes/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/enum",keyword:"enum",params:{allowedValues: schema32.properties.artifact_class.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.artifact_class.enum,parentSchema:schema32.properties.artifact_class,data:data31};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data30.mission_key !== undefined && func0.call(data30, "mission_key")){
let data32 = data30.mission_key;
if(typeof data32 === "string"){
if(func74(data32) < 1){
const err89 = {instancePath:instancePath+"/supersedes/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.mission_key,data:data32};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/supersedes/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.mission_key.type,parentSchema:schema32.properties.mission_key,data:data32};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data30.path !== undefined && func0.call(data30, "path")){
let data33 = data30.path;
if(typeof data33 === "string"){
if(func74(data33) < 1){
const err91 = {instancePath:instancePath+"/supersedes/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.path,data:data33};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/supersedes/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.path.type,parentSchema:schema32.properties.path,data:data33};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data30.run_id !== undefined && func0.call(data30, "run_id")){
let data34 = data30.run_id;
const _errs135 = errors;
let valid29 = false;
const _errs136 = errors;
if(typeof data34 !== "string"){
const err93 = {instancePath:instancePath+"/supersedes/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.run_id.anyOf[0].type,parentSchema:schema32.properties.run_id.anyOf[0],data:data34};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid15 = _errs136 === errors;
valid29 = valid29 || _valid15;
const _errs138 = errors;
if(data34 !== null){
const err94 = {instancePath:instancePath+"/supersedes/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema32.properties.run_id.anyOf[1].type,parentSchema:schema32.properties.run_id.anyOf[1],data:data34};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
var _valid15 = _errs138 === errors;
valid29 = valid29 || _valid15;
if(!valid29){
const err95 = {instancePath:instancePath+"/supersedes/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.run_id.anyOf,parentSchema:schema32.properties.run_id,data:data34};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
else {
errors = _errs135;
if(vErrors !== null){
if(_errs135){
vErrors.length = _errs135;
}
else {
vErrors = null;
}
}
}
}
if(data30.wp_id !== undefined && func0.call(data30, "wp_id")){
let data35 = data30.wp_id;
const _errs141 = errors;
let valid30 = false;
const _errs142 = errors;
if(typeof data35 !== "string"){
const err96 = {instancePath:instancePath+"/supersedes/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.wp_id.anyOf[0].type,parentSchema:schema32.properties.wp_id.anyOf[0],data:data35};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
var _valid16 = _errs142 === errors;
valid30 = valid30 || _valid16;
const _errs144 = errors;
if(data35 !== null){
const err97 = {instancePath:instancePath+"/supersedes/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema32.properties.wp_id.anyOf[1].type,parentSchema:schema32.properties.wp_id.anyOf[1],data:data35};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
var _valid16 = _errs144 === errors;
valid30 = valid30 || _valid16;
if(!valid30){
const err98 = {instancePath:instancePath+"/supersedes/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.wp_id.anyOf,parentSchema:schema32.properties.wp_id,data:data35};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
else {
errors = _errs141;
if(vErrors !== null){
if(_errs141){
vErrors.length = _errs141;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err99 = {instancePath:instancePath+"/supersedes",schemaPath:"#/$defs/ArtifactIdentity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data30};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var _valid14 = _errs125 === errors;
valid26 = valid26 || _valid14;
if(_valid14){
var props2 = {};
props2.artifact_class = true;
props2.mission_key = true;
props2.path = true;
props2.run_id = true;
props2.wp_id = true;
}
const _errs146 = errors;
if(data30 !== null){
const err100 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.supersedes.anyOf[1].type,parentSchema:schema31.properties.supersedes.anyOf[1],data:data30};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
var _valid14 = _errs146 === errors;
valid26 = valid26 || _valid14;
if(!valid26){
const err101 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.supersedes.anyOf,parentSchema:schema31.properties.supersedes,data:data30};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
else {
errors = _errs124;
if(vErrors !== null){
if(_errs124){
vErrors.length = _errs124;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err102 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"artifact_id":true,"content_ref":true,"context_diagnostics":true,"indexed_at":true,"namespace":true,"provenance":true,"step_id":true,"supersedes":true},"dynamicProps":false,"dynamicItems":false};
