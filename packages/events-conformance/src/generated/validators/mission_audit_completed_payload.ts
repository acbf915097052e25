// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"AuditArtifactRef":{"description":"Links an audit report to its content hash and provenance.","properties":{"content_hash":{"$ref":"#/$defs/ContentHashRef"},"provenance":{"$ref":"#/$defs/ProvenanceRef"},"report_path":{"minLength":1,"title":"Report Path","type":"string"}},"required":["report_path","content_hash","provenance"],"title":"AuditArtifactRef","type":"object"},"AuditSeverity":{"enum":["info","warning","error","critical"],"title":"AuditSeverity","type":"string"},"AuditVerdict":{"enum":["pass","pass_with_warnings","fail","blocked_decision_required"],"title":"AuditVerdict","type":"string"},"ContentHashRef":{"description":"Content fingerprint with optional size and encoding metadata.","properties":{"algorithm":{"enum":["sha256","sha512","md5"],"title":"Algorithm","type":"string"},"encoding":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Encoding"},"hash":{"description":"Hex-encoded content hash","minLength":1,"title":"Hash","type":"string"},"size_bytes":{"anyOf":[{"minimum":0,"type":"integer"},{"type":"null"}],"default":null,"title":"Size Bytes"}},"required":["hash","algorithm"],"title":"ContentHashRef","type":"object"},"ProvenanceRef":{"description":"Source trace connecting an artifact or event to its authoritative origin.","properties":{"actor_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Actor Id"},"actor_kind":{"anyOf":[{"enum":["human","llm","system"],"type":"string"},{"type":"null"}],"default":null,"title":"Actor Kind"},"git_ref":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Ref"},"git_sha":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Sha"},"revised_at":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"ISO 8601","title":"Revised At"},"source_event_ids":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"title":"Source Event Ids"}},"title":"ProvenanceRef","type":"object"}},"$id":"spec-kitty-events/mission_audit_completed_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for MissionAuditCompleted events (FR-006).\n\nartifact_ref is required — not Optional. If artifact generation fails,\nthe emitter MUST emit MissionAuditFailed instead.","properties":{"actor":{"minLength":1,"title":"Actor","type":"string"},"artifact_ref":{"$ref":"#/$defs/AuditArtifactRef"},"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"findings_count":{"minimum":0,"title":"Findings Count","type":"integer"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"run_id":{"minLength":1,"title":"Run Id","type":"string"},"severity":{"$ref":"#/$defs/AuditSeverity"},"summary":{"title":"Summary","type":"string"},"verdict":{"$ref":"#/$defs/AuditVerdict"}},"required":["mission_id","run_id","feature_slug","actor","verdict","severity","findings_count","artifact_ref","summary"],"title":"MissionAuditCompletedPayload","type":"object"};
const schema35 = {"enum":["info","warning","error","critical"],"title":"AuditSeverity","type":"string"};
const schema36 = {"enum":["pass","pass_with_warnings","fail","blocked_decision_required"],"title":"AuditVerdict","type":"string"};
const func0 = Object.prototype.hasOwnProperty;
const func74 = require("ajv/dist/runtime/ucs2length").default;
const schema32 = {"description":"Links an audit report to its content hash and provenance.","properties":{"content_hash":{"$ref":"#/$defs/ContentHashRef"},"provenance":{"$ref":"#/$defs/ProvenanceRef"},"report_path":{"minLength":1,"title":"Report Path","type":"string"}},"required":["report_path","content_hash","provenance"],"title":"AuditArtifactRef","type":"object"};
const schema33 = {"description":"Content fingerprint with optional size and encoding metadata.","properties":{"algorithm":{"enum":["sha256","sha512","md5"],"title":"Algorithm","type":"string"},"encoding":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Encoding"},"hash":{"description":"Hex-encoded content hash","minLength":1,"title":"Hash","type":"string"},"size_bytes":{"anyOf":[{"minimum":0,"type":"integer"},{"type":"null"}],"default":null,"title":"Size Bytes"}},"required":["hash","algorithm"],"title":"ContentHashRef","type":"object"};
const schema34 = {"description":"Source trace connecting an artifact or event to its authoritative origin.","properties":{"actor_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Actor Id"},"actor_kind":{"anyOf":[{"enum":["human","llm","system"],"type":"string"},{"type":"null"}],"default":null,"title":"Actor Kind"},"git_ref":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Ref"},"git_sha":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Sha"},"revised_at":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"ISO 8601","title":"Revised At"},"source_event_ids":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"title":"Source Event Ids"}},"title":"ProvenanceRef","type":"object"};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.report_path === undefined) || (!(func0.call(data, "report_path")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "report_path"},message:"must have required property '"+"report_path"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.content_hash === undefined) || (!(func0.call(data, "content_hash")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content_hash"},message:"must have required property '"+"content_hash"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.provenance === undefined) || (!(func0.call(data, "provenance")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.content_hash !== undefined && func0.call(data, "content_hash")){
let data0 = data.content_hash;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if((data0.hash === undefined) || (!(func0.call(data0, "hash")))){
const err3 = {instancePath:instancePath+"/content_hash",schemaPath:"#/$defs/ContentHashRef/required",keyword:"required",params:{missingProperty: "hash"},message:"must have required property '"+"hash"+"'",schema:schema33.required,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data0.algorithm === undefined) || (!(func0.call(data0, "algorithm")))){
const err4 = {instancePath:instancePath+"/content_hash",schemaPath:"#/$defs/ContentHashRef/required",keyword:"required",params:{missingProperty: "algorithm"},message:"must have required property '"+"algorithm"+"'",schema:schema33.required,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.algorithm !== undefined && func0.call(data0, "algorithm")){
let data1 = data0.algorithm;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/content_hash/algorithm",schemaPath:"#/$defs/ContentHashRef/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.algorithm.type,parentSchema:schema33.properties.algorithm,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((data1 === "sha256") || (data1 === "sha512")) || (data1 === "md5"))){
const err6 = {instancePath:instancePath+"/content_hash/algorithm",schemaPath:"#/$defs/ContentHashRef/properties/algorithm/enum",keyword:"enum",params:{allowedValues: schema33.properties.algorithm.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.algorithm.enum,parentSchema:schema33.properties.algorithm,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.encoding !== undefined && func0.call(data0, "encoding")){
let data2 = data0.encoding;
const _errs7 = errors;
let valid3 = false;
const _errs8 = errors;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/content_hash/encoding",schemaPath:"#/$defs/ContentHashRef/properties/encoding/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.encoding.anyOf[0].type,parentSchema:schema33.properties.encoding.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid3 = valid3 || _valid0;
const _errs10 = errors;
if(data2 !== null){
const err8 = {instancePath:instancePath+"/content_hash/encoding",schemaPath:"#/$defs/ContentHashRef/properties/encoding/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema33.properties.encoding.anyOf[1].type,parentSchema:schema33.properties.encoding.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err9 = {instancePath:instancePath+"/content_hash/encoding",schemaPath:"#/$defs/ContentHashRef/properties/encoding/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema33.properties.encoding.anyOf,parentSchema:schema33.properties.encoding,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data0.hash !== undefined && func0.call(data0, "hash")){
let data3 = data0.hash;
if(typeof data3 === "string"){
if(func74(data3) < 1){
const err10 = {instancePath:instancePath+"/content_hash/hash",schemaPath:"#/$defs/ContentHashRef/properties/hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.hash,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/content_hash/hash",schemaPath:"#/$defs/ContentHashRef/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.hash.type,parentSchema:schema33.properties.hash,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.size_bytes !== undefined && func0.call(data0, "size_bytes")){
let data4 = data0.size_bytes;
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err12 = {instancePath:instancePath+"/content_hash/size_bytes",schemaPath:"#/$defs/ContentHashRef/properties/size_bytes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.size_bytes.anyOf[0].type,parentSchema:schema33.properties.size_bytes.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/content_hash/size_bytes",schemaPath:"#/$defs/ContentHashRef/properties/size_bytes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33.properties.size_bytes.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
const _errs18 = errors;
if(data4 !== null){
const err14 = {instancePath:instancePath+"/content_hash/size_bytes",schemaPath:"#/$defs/ContentHashRef/properties/size_bytes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema33.properties.size_bytes.anyOf[1].type,parentSchema:schema33.properties.size_bytes.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err15 = {instancePath:instancePath+"/content_hash/size_bytes",schemaPath:"#/$defs/ContentHashRef/properties/size_bytes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema33.properties.size_bytes.anyOf,parentSchema:schema33.properties.size_bytes,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/content_hash",schemaPath:"#/$defs/ContentHashRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.provenance !== undefined && func0.call(data, "provenance")){
let data5 = data.provenance;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.actor_id !== undefined && func0.call(data5, "actor_id")){
let data6 = data5.actor_id;
const _errs24 = errors;
let valid7 = false;
const _errs25 = errors;
if(typeof data6 !== "string"){
const err17 = {instancePath:instancePath+"/provenance/actor_id",schemaPath:"#/$defs/ProvenanceRef/properties/actor_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.actor_id.anyOf[0].type,parentSchema:schema34.properties.actor_id.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid7 = valid7 || _valid2;
const _errs27 = errors;
if(data6 !== null){
const err18 = {instancePath:instancePath+"/provenance/actor_id",schemaPath:"#/$defs/ProvenanceRef/properties/actor_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema34.properties.actor_id.anyOf[1].type,parentSchema:schema34.properties.actor_id.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs27 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const err19 = {instancePath:instancePath+"/provenance/actor_id",schemaPath:"#/$defs/ProvenanceRef/properties/actor_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema34.properties.actor_id.anyOf,parentSchema:schema34.properties.actor_id,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
if(data5.actor_kind !== undefined && func0.call(data5, "actor_kind")){
let data7 = data5.actor_kind;
const _errs30 = errors;
let valid8 = false;
const _errs31 = errors;
if(typeof data7 !== "string"){
const err20 = {instancePath:instancePath+"/provenance/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.actor_kind.anyOf[0].type,parentSchema:schema34.properties.actor_kind.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(((data7 === "human") || (data7 === "llm")) || (data7 === "system"))){
const err21 = {instancePath:instancePath+"/provenance/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema34.properties.actor_kind.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema34.properties.actor_kind.anyOf[0].enum,parentSchema:schema34.properties.actor_kind.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid3 = _errs31 === errors;
valid8 = valid8 || _valid3;
const _errs33 = errors;
if(data7 !== null){
const err22 = {instancePath:instancePath+"/provenance/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema34.properties.actor_kind.anyOf[1].type,parentSchema:schema34.properties.actor_kind.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs33 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const err23 = {instancePath:instancePath+"/provenance/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema34.properties.actor_kind.anyOf,parentSchema:schema34.properties.actor_kind,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
}
if(data5.git_ref !== undefined && func0.call(data5, "git_ref")){
let data8 = data5.git_ref;
const _errs36 = errors;
let valid9 = false;
const _errs37 = errors;
if(typeof data8 !== "string"){
const err24 = {instancePath:instancePath+"/provenance/git_ref",schemaPath:"#/$defs/ProvenanceRef/properties/git_ref/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.git_ref.anyOf[0].type,parentSchema:schema34.properties.git_ref.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid4 = _errs37 === errors;
valid9 = valid9 || _valid4;
const _errs39 = errors;
if(data8 !== null){
const err25 = {instancePath:instancePath+"/provenance/git_ref",schemaPath:"#/$defs/ProvenanceRef/properties/git_ref/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema34.properties.git_ref.anyOf[1].type,parentSchema:schema34.properties.git_ref.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid4 = _errs39 === errors;
valid9 = valid9 || _valid4;
if(!valid9){
const err26 = {instancePath:instancePath+"/provenance/git_ref",schemaPath:"#/$defs/ProvenanceRef/properties/git_ref/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema34.properties.git_ref.anyOf,parentSchema:schema34.properties.git_ref,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
}
if(data5.git_sha !== undefined && func0.call(data5, "git_sha")){
let data9 = data5.git_sha;
const _errs42 = errors;
let valid10 = false;
const _errs43 = errors;
if(typeof data9 !== "string"){
const err27 = {instancePath:instancePath+"/provenance/git_sha",schemaPath:"#/$defs/ProvenanceRef/properties/git_sha/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.git_sha.anyOf[0].type,parentSchema:schema34.properties.git_sha.anyOf[0],data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid5 = _errs43 === errors;
valid10 = valid10 || _valid5;
const _errs45 = errors;
if(data9 !== null){
const err28 = {instancePath:instancePath+"/provenance/git_sha",schemaPath:"#/$defs/ProvenanceRef/properties/git_sha/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema34.properties.git_sha.anyOf[1].type,parentSchema:schema34.properties.git_sha.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid5 = _errs45 === errors;
valid10 = valid10 || _valid5;
if(!valid10){
const err29 = {instancePath:instancePath+"/provenance/git_sha",schemaPath:"#/$defs/ProvenanceRef/properties/git_sha/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema34.properties.git_sha.anyOf,parentSchema:schema34.properties.git_sha,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
}
if(data5.revised_at !== undefined && func0.call(data5, "revised_at")){
let data10 = data5.revised_at;
const _errs48 = errors;
let valid11 = false;
const _errs49 = errors;
if(typeof data10 !== "string"){
const err30 = {instancePath:instancePath+"/provenance/revised_at",schemaPath:"#/$defs/ProvenanceRef/properties/revised_at/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.revised_at.anyOf[0].type,parentSchema:schema34.properties.revised_at.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid6 = _errs49 === errors;
valid11 = valid11 || _valid6;
const _errs51 = errors;
if(data10 !== null){
const err31 = {instancePath:instancePath+"/provenance/revised_at",schemaPath:"#/$defs/ProvenanceRef/properties/revised_at/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema34.properties.revised_at.anyOf[1].type,parentSchema:schema34.properties.revised_at.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid6 = _errs51 === errors;
valid11 = valid11 || _valid6;
if(!valid11){
const err32 = {instancePath:instancePath+"/provenance/revised_at",schemaPath:"#/$defs/ProvenanceRef/properties/revised_at/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema34.properties.revised_at.anyOf,parentSchema:schema34.properties.revised_at,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
}
if(data5.source_event_ids !== undefined && func0.call(data5, "source_event_ids")){
let data11 = data5.source_event_ids;
const _errs54 = errors;
let valid12 = false;
const _errs55 = errors;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(typeof data12 !== "string"){
const err33 = {instancePath:instancePath+"/provenance/source_event_ids/" + i0,schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.source_event_ids.anyOf[0].items.type,parentSchema:schema34.properties.source_event_ids.anyOf[0].items,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/provenance/source_event_ids",schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.source_event_ids.anyOf[0].type,parentSchema:schema34.properties.source_event_ids.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid7 = _errs55 === errors;
valid12 = valid12 || _valid7;
const _errs59 = errors;
if(data11 !== null){
const err35 = {instancePath:instancePath+"/provenance/source_event_ids",schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema34.properties.source_event_ids.anyOf[1].type,parentSchema:schema34.properties.source_event_ids.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid7 = _errs59 === errors;
valid12 = valid12 || _valid7;
if(!valid12){
const err36 = {instancePath:instancePath+"/provenance/source_event_ids",schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema34.properties.source_event_ids.anyOf,parentSchema:schema34.properties.source_event_ids,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/provenance",schemaPath:"#/$defs/ProvenanceRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data:data5};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.report_path !== undefined && func0.call(data, "report_path")){
let data13 = data.report_path;
if(typeof data13 === "string"){
if(func74(data13) < 1){
const err38 = {instancePath:instancePath+"/report_path",schemaPath:"#/properties/report_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.report_path,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/report_path",schemaPath:"#/properties/report_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.report_path.type,parentSchema:schema32.properties.report_path,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"content_hash":true,"provenance":true,"report_path":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_audit_completed_payload" */;
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
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.run_id === undefined) || (!(func0.call(data, "run_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.feature_slug === undefined) || (!(func0.call(data, "feature_slug")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feature_slug"},message:"must have required property '"+"feature_slug"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.verdict === undefined) || (!(func0.call(data, "verdict")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.severity === undefined) || (!(func0.call(data, "severity")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.findings_count === undefined) || (!(func0.call(data, "findings_count")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "findings_count"},message:"must have required property '"+"findings_count"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.artifact_ref === undefined) || (!(func0.call(data, "artifact_ref")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifact_ref"},message:"must have required property '"+"artifact_ref"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.summary === undefined) || (!(func0.call(data, "summary")))){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func74(data0) < 1){
const err9 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.actor,data:data0};
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
const err10 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor.type,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.artifact_ref !== undefined && func0.call(data, "artifact_ref")){
if(!(validate21(data.artifact_ref, {instancePath:instancePath+"/artifact_ref",parentData:data,parentDataProperty:"artifact_ref",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.feature_slug !== undefined && func0.call(data, "feature_slug")){
let data2 = data.feature_slug;
if(typeof data2 === "string"){
if(func74(data2) < 1){
const err11 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.feature_slug,data:data2};
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
const err12 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.feature_slug.type,parentSchema:schema31.properties.feature_slug,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.findings_count !== undefined && func0.call(data, "findings_count")){
let data3 = data.findings_count;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err13 = {instancePath:instancePath+"/findings_count",schemaPath:"#/properties/findings_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.findings_count.type,parentSchema:schema31.properties.findings_count,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/findings_count",schemaPath:"#/properties/findings_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.findings_count,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data4 = data.mission_id;
if(typeof data4 === "string"){
if(func74(data4) < 1){
const err15 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.run_id !== undefined && func0.call(data, "run_id")){
let data5 = data.run_id;
if(typeof data5 === "string"){
if(func74(data5) < 1){
const err17 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.run_id,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.run_id.type,parentSchema:schema31.properties.run_id,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.severity !== undefined && func0.call(data, "severity")){
let data6 = data.severity;
if(typeof data6 !== "string"){
const err19 = {instancePath:instancePath+"/severity",schemaPath:"#/$defs/AuditSeverity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((((data6 === "info") || (data6 === "warning")) || (data6 === "error")) || (data6 === "critical"))){
const err20 = {instancePath:instancePath+"/severity",schemaPath:"#/$defs/AuditSeverity/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.summary !== undefined && func0.call(data, "summary")){
let data7 = data.summary;
if(typeof data7 !== "string"){
const err21 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.summary.type,parentSchema:schema31.properties.summary,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.verdict !== undefined && func0.call(data, "verdict")){
let data8 = data.verdict;
if(typeof data8 !== "string"){
const err22 = {instancePath:instancePath+"/verdict",schemaPath:"#/$defs/AuditVerdict/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((((data8 === "pass") || (data8 === "pass_with_warnings")) || (data8 === "fail")) || (data8 === "blocked_decision_required"))){
const err23 = {instancePath:instancePath+"/verdict",schemaPath:"#/$defs/AuditVerdict/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actor":true,"artifact_ref":true,"feature_slug":true,"findings_count":true,"mission_id":true,"run_id":true,"severity":true,"summary":true,"verdict":true},"dynamicProps":false,"dynamicItems":false};
