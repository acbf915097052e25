// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/warning_acknowledged_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for WarningAcknowledged events.","properties":{"acknowledgement":{"description":"Response action","enum":["continue","hold","reassign","defer"],"title":"Acknowledgement","type":"string"},"mission_id":{"description":"Mission context","minLength":1,"title":"Mission Id","type":"string"},"participant_id":{"description":"Acknowledging participant","minLength":1,"title":"Participant Id","type":"string"},"warning_id":{"description":"Warning being acknowledged","minLength":1,"title":"Warning Id","type":"string"}},"required":["participant_id","mission_id","warning_id","acknowledgement"],"title":"WarningAcknowledgedPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func70 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/warning_acknowledged_payload" */;
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
if((data.participant_id === undefined) || (!(func0.call(data, "participant_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participant_id"},message:"must have required property '"+"participant_id"+"'",schema:schema31.required,parentSchema:schema31,data};
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
if((data.warning_id === undefined) || (!(func0.call(data, "warning_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "warning_id"},message:"must have required property '"+"warning_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.acknowledgement === undefined) || (!(func0.call(data, "acknowledgement")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "acknowledgement"},message:"must have required property '"+"acknowledgement"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.acknowledgement !== undefined && func0.call(data, "acknowledgement")){
let data0 = data.acknowledgement;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/acknowledgement",schemaPath:"#/properties/acknowledgement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.acknowledgement.type,parentSchema:schema31.properties.acknowledgement,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((data0 === "continue") || (data0 === "hold")) || (data0 === "reassign")) || (data0 === "defer"))){
const err5 = {instancePath:instancePath+"/acknowledgement",schemaPath:"#/properties/acknowledgement/enum",keyword:"enum",params:{allowedValues: schema31.properties.acknowledgement.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.acknowledgement.enum,parentSchema:schema31.properties.acknowledgement,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data1 = data.mission_id;
if(typeof data1 === "string"){
if(func70(data1) < 1){
const err6 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.participant_id !== undefined && func0.call(data, "participant_id")){
let data2 = data.participant_id;
if(typeof data2 === "string"){
if(func70(data2) < 1){
const err8 = {instancePath:instancePath+"/participant_id",schemaPath:"#/properties/participant_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.participant_id,data:data2};
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
const err9 = {instancePath:instancePath+"/participant_id",schemaPath:"#/properties/participant_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.participant_id.type,parentSchema:schema31.properties.participant_id,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.warning_id !== undefined && func0.call(data, "warning_id")){
let data3 = data.warning_id;
if(typeof data3 === "string"){
if(func70(data3) < 1){
const err10 = {instancePath:instancePath+"/warning_id",schemaPath:"#/properties/warning_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.warning_id,data:data3};
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
const err11 = {instancePath:instancePath+"/warning_id",schemaPath:"#/properties/warning_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.warning_id.type,parentSchema:schema31.properties.warning_id,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"acknowledgement":true,"mission_id":true,"participant_id":true,"warning_id":true},"dynamicProps":false,"dynamicItems":false};
