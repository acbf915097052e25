// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"FocusTarget":{"description":"Structured focus reference. Hashable for use as dict key.","properties":{"target_id":{"description":"Identifier within the target type","minLength":1,"title":"Target Id","type":"string"},"target_type":{"description":"Category of focus target","enum":["wp","step","file"],"title":"Target Type","type":"string"}},"required":["target_type","target_id"],"title":"FocusTarget","type":"object"}},"$id":"spec-kitty-events/concurrent_driver_warning_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for ConcurrentDriverWarning events.","properties":{"focus_target":{"$ref":"#/$defs/FocusTarget","description":"Shared focus target triggering warning"},"mission_id":{"description":"Mission context","minLength":1,"title":"Mission Id","type":"string"},"participant_ids":{"description":"All concurrent active drivers on overlapping target","items":{"type":"string"},"minItems":2,"title":"Participant Ids","type":"array"},"severity":{"description":"Warning severity level","enum":["info","warning"],"title":"Severity","type":"string"},"warning_id":{"description":"Unique warning identifier","minLength":1,"title":"Warning Id","type":"string"}},"required":["warning_id","mission_id","participant_ids","focus_target","severity"],"title":"ConcurrentDriverWarningPayload","type":"object"};
const schema32 = {"description":"Structured focus reference. Hashable for use as dict key.","properties":{"target_id":{"description":"Identifier within the target type","minLength":1,"title":"Target Id","type":"string"},"target_type":{"description":"Category of focus target","enum":["wp","step","file"],"title":"Target Type","type":"string"}},"required":["target_type","target_id"],"title":"FocusTarget","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func73 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/concurrent_driver_warning_payload" */;
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
if((data.focus_target === undefined) || (!(func0.call(data, "focus_target")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "focus_target"},message:"must have required property '"+"focus_target"+"'",schema:schema31.required,parentSchema:schema31,data};
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
if(data.focus_target !== undefined && func0.call(data, "focus_target")){
let data0 = data.focus_target;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if((data0.target_type === undefined) || (!(func0.call(data0, "target_type")))){
const err5 = {instancePath:instancePath+"/focus_target",schemaPath:"#/$defs/FocusTarget/required",keyword:"required",params:{missingProperty: "target_type"},message:"must have required property '"+"target_type"+"'",schema:schema32.required,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data0.target_id === undefined) || (!(func0.call(data0, "target_id")))){
const err6 = {instancePath:instancePath+"/focus_target",schemaPath:"#/$defs/FocusTarget/required",keyword:"required",params:{missingProperty: "target_id"},message:"must have required property '"+"target_id"+"'",schema:schema32.required,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0.target_id !== undefined && func0.call(data0, "target_id")){
let data1 = data0.target_id;
if(typeof data1 === "string"){
if(func73(data1) < 1){
const err7 = {instancePath:instancePath+"/focus_target/target_id",schemaPath:"#/$defs/FocusTarget/properties/target_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.target_id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/focus_target/target_id",schemaPath:"#/$defs/FocusTarget/properties/target_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.target_id.type,parentSchema:schema32.properties.target_id,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.target_type !== undefined && func0.call(data0, "target_type")){
let data2 = data0.target_type;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/focus_target/target_type",schemaPath:"#/$defs/FocusTarget/properties/target_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.target_type.type,parentSchema:schema32.properties.target_type,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data2 === "wp") || (data2 === "step")) || (data2 === "file"))){
const err10 = {instancePath:instancePath+"/focus_target/target_type",schemaPath:"#/$defs/FocusTarget/properties/target_type/enum",keyword:"enum",params:{allowedValues: schema32.properties.target_type.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.target_type.enum,parentSchema:schema32.properties.target_type,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/focus_target",schemaPath:"#/$defs/FocusTarget/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data3 = data.mission_id;
if(typeof data3 === "string"){
if(func73(data3) < 1){
const err12 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data3};
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
const err13 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.participant_ids !== undefined && func0.call(data, "participant_ids")){
let data4 = data.participant_ids;
if(Array.isArray(data4)){
if(data4.length < 2){
const err14 = {instancePath:instancePath+"/participant_ids",schemaPath:"#/properties/participant_ids/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema31.properties.participant_ids,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err15 = {instancePath:instancePath+"/participant_ids/" + i0,schemaPath:"#/properties/participant_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.participant_ids.items.type,parentSchema:schema31.properties.participant_ids.items,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/participant_ids",schemaPath:"#/properties/participant_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.participant_ids.type,parentSchema:schema31.properties.participant_ids,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.severity !== undefined && func0.call(data, "severity")){
let data6 = data.severity;
if(typeof data6 !== "string"){
const err17 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.severity.type,parentSchema:schema31.properties.severity,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((data6 === "info") || (data6 === "warning"))){
const err18 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema31.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.severity.enum,parentSchema:schema31.properties.severity,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.warning_id !== undefined && func0.call(data, "warning_id")){
let data7 = data.warning_id;
if(typeof data7 === "string"){
if(func73(data7) < 1){
const err19 = {instancePath:instancePath+"/warning_id",schemaPath:"#/properties/warning_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.warning_id,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/warning_id",schemaPath:"#/properties/warning_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.warning_id.type,parentSchema:schema31.properties.warning_id,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"focus_target":true,"mission_id":true,"participant_ids":true,"severity":true,"warning_id":true},"dynamicProps":false,"dynamicItems":false};
