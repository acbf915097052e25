// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";
import { pythonPatternEngine } from "../../python-pattern.js";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/event","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Immutable event with causal metadata for distributed conflict detection.","properties":{"aggregate_id":{"description":"Identifier of the entity this event modifies","minLength":1,"title":"Aggregate Id","type":"string"},"causation_id":{"anyOf":[{"maxLength":36,"minLength":26,"pattern":"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","type":"string"},{"type":"null"}],"default":null,"description":"Event ID of the parent event (26-char ULID or UUID accepted, None for root events)","title":"Causation Id"},"correlation_id":{"description":"Correlation identifier (26-char ULID or UUID accepted)","maxLength":36,"minLength":26,"pattern":"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","title":"Correlation Id","type":"string"},"data_tier":{"default":0,"description":"Progressive data sharing tier (0=local, 4=telemetry)","maximum":4,"minimum":0,"title":"Data Tier","type":"integer"},"event_id":{"description":"Unique event identifier (26-char ULID or UUID accepted)","maxLength":36,"minLength":26,"pattern":"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","title":"Event Id","type":"string"},"event_type":{"description":"Event type identifier (e.g., 'WPStatusChanged', 'TagAdded')","minLength":1,"title":"Event Type","type":"string"},"lamport_clock":{"description":"Lamport logical clock value (monotonically increasing)","minimum":0,"title":"Lamport Clock","type":"integer"},"node_id":{"description":"Identifier of the node that emitted this event","minLength":1,"title":"Node Id","type":"string"},"payload":{"additionalProperties":true,"default":{},"description":"Event-specific data (opaque to library)","title":"Payload","type":"object"},"project_slug":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Human-readable project identifier (optional)","title":"Project Slug"},"project_uuid":{"description":"UUID of the project this event belongs to","format":"uuid","title":"Project Uuid","type":"string"},"schema_version":{"default":"1.0.0","description":"Envelope schema version (semver)","pattern":"^\\d+\\.\\d+\\.\\d+$","title":"Schema Version","type":"string"},"timestamp":{"description":"Wall-clock timestamp (human-readable, not used for ordering)","format":"date-time","title":"Timestamp","type":"string"}},"required":["event_id","event_type","aggregate_id","timestamp","node_id","lamport_clock","project_uuid","correlation_id"],"title":"Event","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func73 = require("ajv/dist/runtime/ucs2length").default;
const func1 = pythonPatternEngine;
const pattern4 = func1("^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");
const pattern7 = func1("^\\d+\\.\\d+\\.\\d+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/event" */;
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
if((data.event_id === undefined) || (!(func0.call(data, "event_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_id"},message:"must have required property '"+"event_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.event_type === undefined) || (!(func0.call(data, "event_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_type"},message:"must have required property '"+"event_type"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.aggregate_id === undefined) || (!(func0.call(data, "aggregate_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "aggregate_id"},message:"must have required property '"+"aggregate_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.timestamp === undefined) || (!(func0.call(data, "timestamp")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.node_id === undefined) || (!(func0.call(data, "node_id")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "node_id"},message:"must have required property '"+"node_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.lamport_clock === undefined) || (!(func0.call(data, "lamport_clock")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lamport_clock"},message:"must have required property '"+"lamport_clock"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.project_uuid === undefined) || (!(func0.call(data, "project_uuid")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.correlation_id === undefined) || (!(func0.call(data, "correlation_id")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "correlation_id"},message:"must have required property '"+"correlation_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.aggregate_id !== undefined && func0.call(data, "aggregate_id")){
let data0 = data.aggregate_id;
if(typeof data0 === "string"){
if(func73(data0) < 1){
const err8 = {instancePath:instancePath+"/aggregate_id",schemaPath:"#/properties/aggregate_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.aggregate_id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/aggregate_id",schemaPath:"#/properties/aggregate_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.aggregate_id.type,parentSchema:schema31.properties.aggregate_id,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.causation_id !== undefined && func0.call(data, "causation_id")){
let data1 = data.causation_id;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func73(data1) > 36){
const err10 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters",schema:36,parentSchema:schema31.properties.causation_id.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func73(data1) < 26){
const err11 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf/0/minLength",keyword:"minLength",params:{limit: 26},message:"must NOT have fewer than 26 characters",schema:26,parentSchema:schema31.properties.causation_id.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data1)){
const err12 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema31.properties.causation_id.anyOf[0],data:data1};
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
const err13 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.causation_id.anyOf[0].type,parentSchema:schema31.properties.causation_id.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err14 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.causation_id.anyOf[1].type,parentSchema:schema31.properties.causation_id.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err15 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.causation_id.anyOf,parentSchema:schema31.properties.causation_id,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
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
if(data.correlation_id !== undefined && func0.call(data, "correlation_id")){
let data2 = data.correlation_id;
if(typeof data2 === "string"){
if(func73(data2) > 36){
const err16 = {instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters",schema:36,parentSchema:schema31.properties.correlation_id,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func73(data2) < 26){
const err17 = {instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/minLength",keyword:"minLength",params:{limit: 26},message:"must NOT have fewer than 26 characters",schema:26,parentSchema:schema31.properties.correlation_id,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern4.test(data2)){
const err18 = {instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/pattern",keyword:"pattern",params:{pattern: "^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema31.properties.correlation_id,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.correlation_id.type,parentSchema:schema31.properties.correlation_id,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.data_tier !== undefined && func0.call(data, "data_tier")){
let data3 = data.data_tier;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err20 = {instancePath:instancePath+"/data_tier",schemaPath:"#/properties/data_tier/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.data_tier.type,parentSchema:schema31.properties.data_tier,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 4 || isNaN(data3)){
const err21 = {instancePath:instancePath+"/data_tier",schemaPath:"#/properties/data_tier/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4",schema:4,parentSchema:schema31.properties.data_tier,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err22 = {instancePath:instancePath+"/data_tier",schemaPath:"#/properties/data_tier/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.data_tier,data:data3};
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
if(data.event_id !== undefined && func0.call(data, "event_id")){
let data4 = data.event_id;
if(typeof data4 === "string"){
if(func73(data4) > 36){
const err23 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters",schema:36,parentSchema:schema31.properties.event_id,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func73(data4) < 26){
const err24 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/minLength",keyword:"minLength",params:{limit: 26},message:"must NOT have fewer than 26 characters",schema:26,parentSchema:schema31.properties.event_id,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern4.test(data4)){
const err25 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/pattern",keyword:"pattern",params:{pattern: "^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema31.properties.event_id,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.event_id.type,parentSchema:schema31.properties.event_id,data:data4};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.event_type !== undefined && func0.call(data, "event_type")){
let data5 = data.event_type;
if(typeof data5 === "string"){
if(func73(data5) < 1){
const err27 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.event_type,data:data5};
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
const err28 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.event_type.type,parentSchema:schema31.properties.event_type,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.lamport_clock !== undefined && func0.call(data, "lamport_clock")){
let data6 = data.lamport_clock;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err29 = {instancePath:instancePath+"/lamport_clock",schemaPath:"#/properties/lamport_clock/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.lamport_clock.type,parentSchema:schema31.properties.lamport_clock,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
const err30 = {instancePath:instancePath+"/lamport_clock",schemaPath:"#/properties/lamport_clock/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.lamport_clock,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.node_id !== undefined && func0.call(data, "node_id")){
let data7 = data.node_id;
if(typeof data7 === "string"){
if(func73(data7) < 1){
const err31 = {instancePath:instancePath+"/node_id",schemaPath:"#/properties/node_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.node_id,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/node_id",schemaPath:"#/properties/node_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.node_id.type,parentSchema:schema31.properties.node_id,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.payload !== undefined && func0.call(data, "payload")){
let data8 = data.payload;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
}
else {
const err33 = {instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.payload.type,parentSchema:schema31.properties.payload,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.project_slug !== undefined && func0.call(data, "project_slug")){
let data9 = data.project_slug;
const _errs26 = errors;
let valid2 = false;
const _errs27 = errors;
if(typeof data9 !== "string"){
const err34 = {instancePath:instancePath+"/project_slug",schemaPath:"#/properties/project_slug/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.project_slug.anyOf[0].type,parentSchema:schema31.properties.project_slug.anyOf[0],data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid1 = _errs27 === errors;
valid2 = valid2 || _valid1;
const _errs29 = errors;
if(data9 !== null){
const err35 = {instancePath:instancePath+"/project_slug",schemaPath:"#/properties/project_slug/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.project_slug.anyOf[1].type,parentSchema:schema31.properties.project_slug.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid1 = _errs29 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err36 = {instancePath:instancePath+"/project_slug",schemaPath:"#/properties/project_slug/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.project_slug.anyOf,parentSchema:schema31.properties.project_slug,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data.project_uuid !== undefined && func0.call(data, "project_uuid")){
let data10 = data.project_uuid;
if(!(typeof data10 === "string")){
const err37 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.project_uuid.type,parentSchema:schema31.properties.project_uuid,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.schema_version !== undefined && func0.call(data, "schema_version")){
let data11 = data.schema_version;
if(typeof data11 === "string"){
if(!pattern7.test(data11)){
const err38 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d+\\.\\d+$"},message:"must match pattern \""+"^\\d+\\.\\d+\\.\\d+$"+"\"",schema:"^\\d+\\.\\d+\\.\\d+$",parentSchema:schema31.properties.schema_version,data:data11};
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
const err39 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.schema_version.type,parentSchema:schema31.properties.schema_version,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.timestamp !== undefined && func0.call(data, "timestamp")){
let data12 = data.timestamp;
if(!(typeof data12 === "string")){
const err40 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.timestamp.type,parentSchema:schema31.properties.timestamp,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"aggregate_id":true,"causation_id":true,"correlation_id":true,"data_tier":true,"event_id":true,"event_type":true,"lamport_clock":true,"node_id":true,"payload":true,"project_slug":true,"project_uuid":true,"schema_version":true,"timestamp":true},"dynamicProps":false,"dynamicItems":false};
