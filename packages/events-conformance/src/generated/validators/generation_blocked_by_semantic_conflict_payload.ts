// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/generation_blocked_by_semantic_conflict_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for GenerationBlockedBySemanticConflict event.","properties":{"blocking_strictness":{"description":"Policy mode that triggered the block (never 'off')","enum":["medium","max"],"title":"Blocking Strictness","type":"string"},"conflict_event_ids":{"description":"Event IDs of unresolved SemanticCheckEvaluated events","items":{"type":"string"},"minItems":1,"title":"Conflict Event Ids","type":"array"},"mission_id":{"description":"Mission context","minLength":1,"title":"Mission Id","type":"string"},"step_id":{"description":"Step that was blocked","minLength":1,"title":"Step Id","type":"string"},"step_metadata":{"additionalProperties":{"type":"string"},"description":"Mission primitive metadata","title":"Step Metadata","type":"object"}},"required":["mission_id","step_id","conflict_event_ids","blocking_strictness"],"title":"GenerationBlockedBySemanticConflictPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func71 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/generation_blocked_by_semantic_conflict_payload" */;
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
if((data.step_id === undefined) || (!(func0.call(data, "step_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "step_id"},message:"must have required property '"+"step_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.conflict_event_ids === undefined) || (!(func0.call(data, "conflict_event_ids")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conflict_event_ids"},message:"must have required property '"+"conflict_event_ids"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.blocking_strictness === undefined) || (!(func0.call(data, "blocking_strictness")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "blocking_strictness"},message:"must have required property '"+"blocking_strictness"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.blocking_strictness !== undefined && func0.call(data, "blocking_strictness")){
let data0 = data.blocking_strictness;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/blocking_strictness",schemaPath:"#/properties/blocking_strictness/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.blocking_strictness.type,parentSchema:schema31.properties.blocking_strictness,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data0 === "medium") || (data0 === "max"))){
const err5 = {instancePath:instancePath+"/blocking_strictness",schemaPath:"#/properties/blocking_strictness/enum",keyword:"enum",params:{allowedValues: schema31.properties.blocking_strictness.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.blocking_strictness.enum,parentSchema:schema31.properties.blocking_strictness,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.conflict_event_ids !== undefined && func0.call(data, "conflict_event_ids")){
let data1 = data.conflict_event_ids;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/conflict_event_ids",schemaPath:"#/properties/conflict_event_ids/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.conflict_event_ids,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/conflict_event_ids/" + i0,schemaPath:"#/properties/conflict_event_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.conflict_event_ids.items.type,parentSchema:schema31.properties.conflict_event_ids.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/conflict_event_ids",schemaPath:"#/properties/conflict_event_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.conflict_event_ids.type,parentSchema:schema31.properties.conflict_event_ids,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data3 = data.mission_id;
if(typeof data3 === "string"){
if(func71(data3) < 1){
const err9 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data3};
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
const err10 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.step_id !== undefined && func0.call(data, "step_id")){
let data4 = data.step_id;
if(typeof data4 === "string"){
if(func71(data4) < 1){
const err11 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.step_id,data:data4};
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
const err12 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.step_id.type,parentSchema:schema31.properties.step_id,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.step_metadata !== undefined && func0.call(data, "step_metadata")){
let data5 = data.step_metadata;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key0 of Object.keys(data5)){
let data6 = data5[key0];
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/step_metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/step_metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.step_metadata.additionalProperties.type,parentSchema:schema31.properties.step_metadata.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/step_metadata",schemaPath:"#/properties/step_metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.step_metadata.type,parentSchema:schema31.properties.step_metadata,data:data5};
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
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"blocking_strictness":true,"conflict_event_ids":true,"mission_id":true,"step_id":true,"step_metadata":true},"dynamicProps":false,"dynamicItems":false};
