// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/potential_step_collision_detected_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for PotentialStepCollisionDetected events.","properties":{"mission_id":{"description":"Mission context","minLength":1,"title":"Mission Id","type":"string"},"participant_ids":{"description":"Colliding participants","items":{"type":"string"},"minItems":2,"title":"Participant Ids","type":"array"},"severity":{"description":"Warning severity level","enum":["info","warning"],"title":"Severity","type":"string"},"step_id":{"description":"Colliding step","minLength":1,"title":"Step Id","type":"string"},"warning_id":{"description":"Unique warning identifier","minLength":1,"title":"Warning Id","type":"string"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Work package context","title":"Wp Id"}},"required":["warning_id","mission_id","participant_ids","step_id","severity"],"title":"PotentialStepCollisionDetectedPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func70 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/potential_step_collision_detected_payload" */;
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
if((data.warning_id === undefined) || (!(func0.call(data, "warning_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "warning_id"},message:"must have required property '"+"warning_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.participant_ids === undefined) || (!(func0.call(data, "participant_ids")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participant_ids"},message:"must have required property '"+"participant_ids"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.step_id === undefined) || (!(func0.call(data, "step_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "step_id"},message:"must have required property '"+"step_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.severity === undefined) || (!(func0.call(data, "severity")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data0 = data.mission_id;
if(typeof data0 === "string"){
if(func70(data0) < 1){
const err5 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data0};
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
const err6 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.participant_ids !== undefined && func0.call(data, "participant_ids")){
let data1 = data.participant_ids;
if(Array.isArray(data1)){
if(data1.length < 2){
const err7 = {instancePath:instancePath+"/participant_ids",schemaPath:"#/properties/participant_ids/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema31.properties.participant_ids,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/participant_ids/" + i0,schemaPath:"#/properties/participant_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.participant_ids.items.type,parentSchema:schema31.properties.participant_ids.items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/participant_ids",schemaPath:"#/properties/participant_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.participant_ids.type,parentSchema:schema31.properties.participant_ids,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.severity !== undefined && func0.call(data, "severity")){
let data3 = data.severity;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.severity.type,parentSchema:schema31.properties.severity,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((data3 === "info") || (data3 === "warning"))){
const err11 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema31.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.severity.enum,parentSchema:schema31.properties.severity,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.step_id !== undefined && func0.call(data, "step_id")){
let data4 = data.step_id;
if(typeof data4 === "string"){
if(func70(data4) < 1){
const err12 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.step_id,data:data4};
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
const err13 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.step_id.type,parentSchema:schema31.properties.step_id,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.warning_id !== undefined && func0.call(data, "warning_id")){
let data5 = data.warning_id;
if(typeof data5 === "string"){
if(func70(data5) < 1){
const err14 = {instancePath:instancePath+"/warning_id",schemaPath:"#/properties/warning_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.warning_id,data:data5};
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
const err15 = {instancePath:instancePath+"/warning_id",schemaPath:"#/properties/warning_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.warning_id.type,parentSchema:schema31.properties.warning_id,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.wp_id !== undefined && func0.call(data, "wp_id")){
let data6 = data.wp_id;
const _errs15 = errors;
let valid3 = false;
const _errs16 = errors;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.wp_id.anyOf[0].type,parentSchema:schema31.properties.wp_id.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid3 = valid3 || _valid0;
const _errs18 = errors;
if(data6 !== null){
const err17 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.wp_id.anyOf[1].type,parentSchema:schema31.properties.wp_id.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err18 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.wp_id.anyOf,parentSchema:schema31.properties.wp_id,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"mission_id":true,"participant_ids":true,"severity":true,"step_id":true,"warning_id":true,"wp_id":true},"dynamicProps":false,"dynamicItems":false};
